package egovframework.cvpl.sanctn.web;

import egovframework.cvpl.sanctn.service.SanctnService;
import egovframework.cvpl.sanctn.service.SanctnVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 전자결재 컨트롤러
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
@RequestMapping("/sanctn")
public class SanctnController {

	/** SanctnService */
	@Resource(name = "sanctnService")
	private SanctnService sanctnService;

	/**
	 * 결재 대기 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/waitList.do")
	public String waitList(SanctnVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", sanctnService.selectWaitList(vo));
		return "sanctn/waitList";
	}

	/**
	 * 결재 문서를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/sanctnDetail.do")
	public String sanctnDetail(@RequestParam String sanctnDocId, ModelMap model) throws Exception {
		model.addAttribute("doc", sanctnService.selectSanctn(sanctnDocId));
		return "sanctn/sanctnDetail";
	}

	/**
	 * 결재 문서를 승인한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/approve.do")
	public String approve(SanctnVO vo) throws Exception {
		sanctnService.approve(vo);
		return "redirect:/sanctn/waitList.do";
	}

	/**
	 * 결재 문서를 반려한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/reject.do")
	public String reject(SanctnVO vo) throws Exception {
		sanctnService.reject(vo);
		return "redirect:/sanctn/waitList.do";
	}

}
