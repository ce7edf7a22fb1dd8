package egovframework.cvpl.mber.service;

import java.util.List;
import java.util.Map;

/**
 * 로그인 서비스
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
public interface LoginService {

	/**
	 * 로그인 처리
	 */
	LoginVO actionLogin(LoginVO vo) throws Exception;

	/**
	 * 로그인 이력
	 */
	List<?> selectLoginHistList(LoginVO vo) throws Exception;

}
