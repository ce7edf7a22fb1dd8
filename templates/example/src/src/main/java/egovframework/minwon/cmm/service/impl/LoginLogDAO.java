package egovframework.minwon.cmm.service.impl;

import java.util.Map;

import org.springframework.stereotype.Repository;

/**
 * 접속 로그 DAO
 * @see LoginLog_SQL.xml
 */
@Repository("loginLogDAO")
public class LoginLogDAO extends ComAbstractDAO {

	public void insertLoginLog(Map<String, Object> log) throws Exception {
		insert("LoginLog.insertLoginLog", log);
	}
}
