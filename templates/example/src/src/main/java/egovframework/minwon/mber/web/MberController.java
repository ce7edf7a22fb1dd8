package egovframework.minwon.mber.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import egovframework.minwon.cmm.service.CmmnCodeService;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.minwon.mber.service.MberService;
import egovframework.minwon.mber.service.MberVO;

/**
 * 회원 가입·정보 관리 컨트롤러
 *
 * @author 민원포털 개발팀
 * @since 2014.05.12
 */
@Controller
@RequestMapping("/mber")
public class MberController {

	@Resource(name = "mberService")
	private MberService mberService;

	@Resource(name = "cmmnCodeService")
	private CmmnCodeService cmmnCodeService;

	/** 회원 가입 화면 */
	@RequestMapping("/sbscrbView.do")
	public String sbscrbView(ModelMap model) throws Exception {
		model.addAttribute("stplatList", cmmnCodeService.selectCmmCodeDetail("MBR010"));
		return "minwon/mber/MberSbscrb";
	}

	/** 회원 가입 */
	@RequestMapping(value = "/sbscrb.do", method = RequestMethod.POST)
	public String sbscrb(@ModelAttribute("mberVO") MberVO vo) throws Exception {
		vo.setMberSe("GNR");
		mberService.insertMber(vo);
		return "redirect:/uat/uia/loginView.do";
	}

	/** 회원 정보 조회 */
	@RequestMapping("/mberInfo.do")
	public String mberInfo(HttpSession session, ModelMap model) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		model.addAttribute("mberVO", mberService.selectMber(user.getId()));
		model.addAttribute("agreList", mberService.selectMberAgreList(user.getId()));
		return "minwon/mber/MberInfo";
	}

	/** 회원 정보 수정 */
	@RequestMapping(value = "/mberUpdt.do", method = RequestMethod.POST)
	public String mberUpdt(@ModelAttribute("mberVO") MberVO vo, HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setMberId(user.getId());
		mberService.updateMber(vo);
		return "redirect:/mber/mberInfo.do";
	}

	/** 회원 탈퇴 */
	@RequestMapping(value = "/mberSecsn.do", method = RequestMethod.POST)
	public String mberSecsn(HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		mberService.secsnMber(user.getId());
		session.invalidate();
		return "redirect:/index.do";
	}
}
