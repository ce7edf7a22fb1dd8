package egovframework.minwon.cmm.service;

/**
 * 접속 로그 서비스
 */
public interface LoginLogService {

	/** 로그인·로그아웃 기록 (conectMthd I: 로그인, O: 로그아웃) */
	void insertLoginLog(String conectId, String conectIp, String conectMthd, String errorAt) throws Exception;
}
