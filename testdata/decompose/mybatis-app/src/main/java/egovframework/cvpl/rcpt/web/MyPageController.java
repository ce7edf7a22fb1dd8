package egovframework.cvpl.rcpt.web;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.mber.service.MberService;
import egovframework.cvpl.proc.service.CvplProcService;
import egovframework.cvpl.proc.service.CvplSatisfcVO;
import egovframework.cvpl.rcpt.service.CvplRcptService;
import egovframework.cvpl.rcpt.service.CvplRcptVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 마이페이지(민원인)
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
@RequestMapping("/mypage")
public class MyPageController {

	/** 민원 접수 서비스 */
	@Resource(name = "cvplRcptService")
	private CvplRcptService cvplRcptService;

	/** 민원 처리 서비스 */
	@Resource(name = "cvplProcService")
	private CvplProcService cvplProcService;

	/** 회원 서비스 */
	@Resource(name = "mberService")
	private MberService mberService;

	/**
	 * 나의 민원 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/myCvplList.do")
	public String myCvplList(CvplRcptVO vo, LoginVO user, ModelMap model) throws Exception {
		vo.setMberId(user.getId());
		model.addAttribute("list", cvplRcptService.selectMyRcptList(vo));
		return "mypage/myCvplList";
	}

	/**
	 * 처리 결과 만족도를 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/satisfcRegist.do")
	public String satisfcRegist(CvplSatisfcVO vo) throws Exception {
		cvplProcService.insertSatisfc(vo);
		return "redirect:/mypage/myCvplList.do";
	}

	/**
	 * 내 정보를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/myInfo.do")
	public String myInfo(LoginVO user, ModelMap model) throws Exception {
		model.addAttribute("mber", mberService.selectMber(user.getId()));
		return "mypage/myInfo";
	}

}
