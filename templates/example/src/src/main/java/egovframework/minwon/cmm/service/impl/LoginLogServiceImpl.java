package egovframework.minwon.cmm.service.impl;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.cmm.service.LoginLogService;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;

/**
 * 접속 로그 서비스 구현
 */
@Service("loginLogService")
public class LoginLogServiceImpl extends EgovAbstractServiceImpl implements LoginLogService {

	@Resource(name = "loginLogDAO")
	private LoginLogDAO loginLogDAO;

	@Override
	public void insertLoginLog(String conectId, String conectIp, String conectMthd, String errorAt) throws Exception {
		Map<String, Object> log = new HashMap<String, Object>();
		log.put("conectId", conectId);
		log.put("conectIp", conectIp);
		log.put("conectMthd", conectMthd);
		log.put("errorOccrrncAt", errorAt);
		loginLogDAO.insertLoginLog(log);
	}
}
