package egovframework.lib.sym.log.service.impl;

import javax.annotation.Resource;

import org.aspectj.lang.ProceedingJoinPoint;

import egovframework.lib.sym.log.service.SysLog;

/**
 * 시스템 로그 AOP: 서비스 메소드 실행 시간을 COMTNSYSLOG 에 남긴다.
 */
public class SysLogAspect {

	@Resource(name = "SysLogDAO")
	private SysLogDAO sysLogDAO;

	public Object logSelect(ProceedingJoinPoint joinPoint) throws Throwable {
		long start = System.currentTimeMillis();
		Object ret = joinPoint.proceed();
		SysLog sysLog = new SysLog();
		sysLog.setSrvcNm(joinPoint.getTarget().getClass().getName());
		sysLog.setMethodNm(joinPoint.getSignature().getName());
		sysLog.setProcessSeCode("R");
		sysLog.setProcessTime(Long.toString(System.currentTimeMillis() - start));
		sysLogDAO.logInsertSysLog(sysLog);
		return ret;
	}
}
