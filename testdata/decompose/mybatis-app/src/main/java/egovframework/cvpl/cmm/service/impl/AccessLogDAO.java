package egovframework.cvpl.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.service.AccessLogVO;

/**
 * 접속로그 DAO
 */
@Repository("accessLogDAO")
public class AccessLogDAO extends EgovComAbstractDAO {

	/** 접속로그를 남긴다. (인터셉터에서 호출) */
	public void insertAccessLog(AccessLogVO vo) {
		insert("AccessLog.insertAccessLog", vo);
	}

	public List<?> selectAccessLogList(AccessLogVO vo) {
		return selectList("AccessLog.selectAccessLogList", vo);
	}
}
