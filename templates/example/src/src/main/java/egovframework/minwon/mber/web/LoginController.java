package egovframework.minwon.mber.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import egovframework.minwon.cmm.service.LoginLogService;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.minwon.mber.service.MberService;
import egovframework.minwon.mber.service.MberVO;

/**
 * 로그인·로그아웃 컨트롤러
 *
 * @author 민원포털 개발팀
 * @since 2014.05.12
 */
@Controller
@RequestMapping("/uat/uia")
public class LoginController {

	@Resource(name = "mberService")
	private MberService mberService;

	@Resource(name = "loginLogService")
	private LoginLogService loginLogService;

	/** 로그인 처리 */
	@RequestMapping(value = "/actionLogin.do", method = RequestMethod.POST)
	public String actionLogin(@ModelAttribute("mberVO") MberVO vo, HttpServletRequest request, ModelMap model) throws Exception {
		LoginVO login = mberService.actionLogin(vo);
		if (login == null) {
			loginLogService.insertLoginLog(vo.getMberId(), request.getRemoteAddr(), "I", "Y");
			model.addAttribute("message", "아이디 또는 비밀번호가 일치하지 않습니다.");
			return "minwon/uat/uia/LoginView";
		}
		request.getSession().setAttribute(LoginVO.SESSION_KEY, login);
		loginLogService.insertLoginLog(login.getId(), request.getRemoteAddr(), "I", "N");
		return "redirect:/index.do";
	}

	/** 로그아웃 */
	@RequestMapping("/actionLogout.do")
	public String actionLogout(HttpServletRequest request) throws Exception {
		HttpSession session = request.getSession();
		LoginVO login = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		if (login != null) {
			loginLogService.insertLoginLog(login.getId(), request.getRemoteAddr(), "O", "N");
		}
		session.invalidate();
		return "redirect:/index.do";
	}
}
