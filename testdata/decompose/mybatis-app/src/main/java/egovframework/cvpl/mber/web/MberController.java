package egovframework.cvpl.mber.web;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.mber.service.MberService;
import egovframework.cvpl.mber.service.MberVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 회원 가입·정보 관리
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
@RequestMapping("/mber")
public class MberController {

	/** 회원 서비스 */
	@Resource(name = "mberService")
	private MberService mberService;

	/**
	 * 회원가입 화면(약관)을 보여준다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/joinView.do")
	public String joinView(ModelMap model) throws Exception {
		model.addAttribute("stplatList", mberService.selectStplatList());
		return "mber/join";
	}

	/**
	 * 아이디 중복을 확인한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/idDplctCheck.do")
	public String idDplctCheck(@RequestParam String mberId, ModelMap model) throws Exception {
		model.addAttribute("cnt", mberService.checkIdDplct(mberId));
		return "jsonView";
	}

	/**
	 * 회원 가입을 처리한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/join.do")
	public String join(@ModelAttribute("mberVO") MberVO vo) throws Exception {
		mberService.insertMber(vo);
		return "mber/joinComplete";
	}

	/**
	 * 회원 정보를 수정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/myInfoUpdt.do")
	public String myInfoUpdt(MberVO vo) throws Exception {
		mberService.updateMber(vo);
		return "redirect:/mypage/myInfo.do";
	}

	/**
	 * 비밀번호를 변경한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/pwChange.do")
	public String pwChange(MberVO vo) throws Exception {
		mberService.updatePassword(vo);
		return "redirect:/mypage/myInfo.do";
	}

	/**
	 * 회원 탈퇴를 처리한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/secsn.do")
	public String secsn(LoginVO user) throws Exception {
		mberService.secsn(user.getId());
		return "redirect:/uat/logout.do";
	}

}
