package egovframework.cvpl.org.service;

import java.util.List;
import java.util.Map;

/**
 * 조직(부서·직원) 관리 서비스
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
public interface OrgService {

	/**
	 * 직원 목록
	 */
	List<?> selectEmplyrList(EmplyrVO vo) throws Exception;

	/**
	 * 직원 상세
	 */
	EmplyrVO selectEmplyr(String emplyrId) throws Exception;

	/**
	 * 직원 등록
	 */
	void insertEmplyr(EmplyrVO vo) throws Exception;

	/**
	 * 직원 수정
	 */
	void updateEmplyr(EmplyrVO vo) throws Exception;

	/**
	 * 부서 트리
	 */
	List<?> selectDeptTree() throws Exception;

	/**
	 * 부서 등록
	 */
	void insertDept(DeptVO vo) throws Exception;

	/**
	 * 부서 수정
	 */
	void updateDept(DeptVO vo) throws Exception;

	/**
	 * 업무사용자 로그인
	 */
	LoginVO actionLogin(LoginVO vo) throws Exception;

}
