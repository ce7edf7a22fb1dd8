package egovframework.cvpl.rcpt.web;

import egovframework.cvpl.rcpt.service.CvplKndVO;
import egovframework.cvpl.rcpt.service.CvplRcptService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 민원 종류 관리(관리자)
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
@RequestMapping("/cvpl/knd")
public class CvplKndController {

	/** 민원 접수 서비스 */
	@Resource(name = "cvplRcptService")
	private CvplRcptService cvplRcptService;

	/**
	 * 민원 종류 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/kndList.do")
	public String kndList(ModelMap model) throws Exception {
		model.addAttribute("list", cvplRcptService.selectKndList());
		return "cvpl/knd/kndList";
	}

	/**
	 * 민원 종류를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/kndDetail.do")
	public String kndDetail(@RequestParam("code") String code, ModelMap model) throws Exception {
		model.addAttribute("knd", cvplRcptService.selectKnd(code));
		return "cvpl/knd/kndDetail";
	}

	/**
	 * 민원 종류를 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/kndRegist.do")
	public String kndRegist(CvplKndVO vo) throws Exception {
		cvplRcptService.insertKnd(vo);
		return "redirect:/cvpl/knd/kndList.do";
	}

	/**
	 * 민원 종류를 수정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/kndUpdt.do")
	public String kndUpdt(CvplKndVO vo) throws Exception {
		cvplRcptService.updateKnd(vo);
		return "redirect:/cvpl/knd/kndList.do";
	}

}
