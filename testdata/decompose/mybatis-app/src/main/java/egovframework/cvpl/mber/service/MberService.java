package egovframework.cvpl.mber.service;

import java.util.List;
import java.util.Map;

/**
 * 회원 관리 서비스
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
public interface MberService {

	/**
	 * 약관 목록
	 */
	List<?> selectStplatList() throws Exception;

	/**
	 * 아이디 중복 확인
	 */
	int checkIdDplct(String mberId) throws Exception;

	/**
	 * 회원 가입
	 */
	void insertMber(MberVO vo) throws Exception;

	/**
	 * 회원 정보
	 */
	MberVO selectMber(String mberId) throws Exception;

	/**
	 * 회원 정보 수정
	 */
	void updateMber(MberVO vo) throws Exception;

	/**
	 * 비밀번호 변경
	 */
	void updatePassword(MberVO vo) throws Exception;

	/**
	 * 회원 탈퇴
	 */
	void secsn(String mberId) throws Exception;

}
