package egovframework.lib.user.service;

import java.util.List;

/**
 * 도서관 이용자 관리
 * @author 김철수
 * @since 2014.06.02
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2014.06.02  김철수          최초 생성
 * </pre>
 */
public interface LibUserService {

	/** 이용자 조회 */
	UserVO selectUser(String userId) throws Exception;

	/** 이용자 목록 */
	List selectUserList(UserVO vo) throws Exception;

	/** 회원 가입: 이용자, 약관동의, 회원증 */
	void insertUser(UserVO vo) throws Exception;

	/** 회원증 재발급 */
	void reissueCard(UserVO vo) throws Exception;

	/** 정보 수정 */
	void updateUser(UserVO vo) throws Exception;

	/** 등급 변경 */
	void updateGrad(UserVO vo) throws Exception;

	/** 로그인 */
	LoginVO actionLogin(LoginVO vo) throws Exception;

}
