package egovframework.cvpl.cmm.interceptor;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import egovframework.cvpl.cmm.service.AccessLogVO;
import egovframework.cvpl.cmm.service.impl.AccessLogDAO;

/**
 * 모든 요청의 접속로그를 기록하는 인터셉터
 */
public class AccessLogInterceptor extends HandlerInterceptorAdapter {

	@Resource(name = "accessLogDAO")
	private AccessLogDAO accessLogDAO;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		AccessLogVO vo = new AccessLogVO();
		vo.setUrl(request.getRequestURI());
		vo.setClientIp(request.getRemoteAddr()); // "X-Forwarded-For" 는 L4 에서 처리
		accessLogDAO.insertAccessLog(vo);
		return true;
	}
}
