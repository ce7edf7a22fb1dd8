package egovframework.cvpl.ntcn.web;

import egovframework.cvpl.ntcn.service.NtcnService;
import egovframework.cvpl.ntcn.service.NtcnVO;
import egovframework.cvpl.ntcn.service.TmplatVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 알림 서식·발송내역 관리
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
@RequestMapping("/ntcn")
public class NtcnController {

	/** 알림 서비스 */
	@Resource(name = "ntcnService")
	private NtcnService ntcnService;

	/**
	 * 알림 서식 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/tmplatList.do")
	public String tmplatList(ModelMap model) throws Exception {
		model.addAttribute("list", ntcnService.selectTmplatList());
		return "ntcn/tmplatList";
	}

	/**
	 * 알림 서식을 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/tmplatRegist.do")
	public String tmplatRegist(@ModelAttribute("tmplatVO") TmplatVO vo) throws Exception {
		ntcnService.insertTmplat(vo);
		return "redirect:/ntcn/tmplatList.do";
	}

	/**
	 * 알림 서식을 수정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/tmplatUpdt.do")
	public String tmplatUpdt(@ModelAttribute("tmplatVO") TmplatVO vo) throws Exception {
		ntcnService.updateTmplat(vo);
		return "redirect:/ntcn/tmplatList.do";
	}

	/**
	 * 문자 발송 내역을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/smsSendList.do")
	public String smsSendList(NtcnVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", ntcnService.selectSmsSendList(vo));
		return "ntcn/smsSendList";
	}

}
