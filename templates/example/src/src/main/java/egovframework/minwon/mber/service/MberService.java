package egovframework.minwon.mber.service;

import java.util.List;

import egovframework.minwon.cmm.service.LoginVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 회원 관리 서비스
 */
public interface MberService {

	/** 회원 정보 */
	MberVO selectMber(String mberId) throws Exception;

	/** 회원의 약관 동의 내역 */
	List<EgovMap> selectMberAgreList(String mberId) throws Exception;

	/** 회원 가입 (약관 동의 포함) */
	void insertMber(MberVO vo) throws Exception;

	/** 회원 정보 수정 */
	void updateMber(MberVO vo) throws Exception;

	/** 회원 탈퇴: 개인정보를 지우고 상태를 탈퇴로 바꾼다. */
	void secsnMber(String mberId) throws Exception;

	/** 로그인 확인. 일치하지 않으면 null */
	LoginVO actionLogin(MberVO vo) throws Exception;
}
