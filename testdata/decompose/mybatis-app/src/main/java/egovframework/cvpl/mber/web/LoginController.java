package egovframework.cvpl.mber.web;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.mber.service.LoginService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 로그인
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
@Controller
@RequestMapping("/uat")
public class LoginController {

	/** LoginService */
	@Resource(name = "loginService")
	private LoginService loginService;

	/**
	 * 일반/업무 사용자 로그인을 처리한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/actionLogin.do")
	public String actionLogin(LoginVO vo) throws Exception {
		LoginVO result = loginService.actionLogin(vo);
		if (result == null) {
			return "uat/login";
		}
		return "redirect:/main.do";
	}

	/**
	 * 로그인 이력을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/loginHistList.do")
	public String loginHistList(LoginVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", loginService.selectLoginHistList(vo));
		return "uat/loginHistList";
	}

}
