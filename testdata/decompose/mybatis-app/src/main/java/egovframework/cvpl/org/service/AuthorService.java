package egovframework.cvpl.org.service;

import java.util.List;
import java.util.Map;

/**
 * 권한 관리 서비스
 * @author 홍길동
 * @since 2021.03.15
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2021.03.15  홍길동          최초 생성
 * </pre>
 */
public interface AuthorService {

	/**
	 * 권한 목록
	 */
	List<?> selectAuthorList() throws Exception;

	/**
	 * 직원 권한
	 */
	List<?> selectEmplyrAuthorList(String emplyrId) throws Exception;

	/**
	 * 권한 부여
	 */
	void grantAuthor(AuthorVO vo) throws Exception;

	/**
	 * 권한 회수
	 */
	void revokeAuthor(AuthorVO vo) throws Exception;

}
