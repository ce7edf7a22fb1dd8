package egovframework.cvpl.cmm.web;

import egovframework.cvpl.cmm.service.CmmnCodeManageService;
import egovframework.cvpl.cmm.service.CodeVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 공통코드 관리 컨트롤러
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
@RequestMapping("/sym/ccm")
public class CmmnCodeController {

	/** CmmnCodeManageService */
	@Resource(name = "cmmnCodeManageService")
	private CmmnCodeManageService cmmnCodeManageService;

	/**
	 * 분류코드 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping(value = "/clCodeList.do")
	public String clCodeList(ModelMap model) throws Exception {
		model.addAttribute("list", cmmnCodeManageService.selectClCodeList());
		return "sym/ccm/clCodeList";
	}

	/**
	 * 코드 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping(value = "/codeList.do")
	public String codeList(@RequestParam("clCode") String clCode, ModelMap model) throws Exception {
		model.addAttribute("list", cmmnCodeManageService.selectCodeList(clCode));
		return "sym/ccm/codeList";
	}

	/**
	 * 상세코드 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@GetMapping("/detailCodeList.do")
	public String detailCodeList(@RequestParam String codeId, ModelMap model) throws Exception {
		model.addAttribute("list", cmmnCodeManageService.selectDetailCodeList(codeId));
		return "sym/ccm/detailCodeList";
	}

	/**
	 * 코드를 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/codeRegist.do")
	public String codeRegist(@ModelAttribute CodeVO vo) throws Exception {
		cmmnCodeManageService.insertCode(vo);
		return "redirect:/sym/ccm/codeList.do";
	}

	/**
	 * 상세코드를 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/detailCodeRegist.do")
	public String detailCodeRegist(@ModelAttribute CodeVO vo) throws Exception {
		cmmnCodeManageService.insertDetailCode(vo);
		return "redirect:/sym/ccm/detailCodeList.do";
	}

}
