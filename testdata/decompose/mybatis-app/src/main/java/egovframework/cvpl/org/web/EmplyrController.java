package egovframework.cvpl.org.web;

import egovframework.cvpl.org.service.EmplyrVO;
import egovframework.cvpl.org.service.OrgService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 직원 관리
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
@RequestMapping("/org/emplyr")
public class EmplyrController {

	/** 조직 서비스 */
	@Resource(name = "orgService")
	private OrgService orgService;

	/**
	 * 직원 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/emplyrList.do")
	public String emplyrList(@ModelAttribute("searchVO") EmplyrVO vo, ModelMap model) throws Exception {
		model.addAttribute("resultList", orgService.selectEmplyrList(vo));
		model.addAttribute("deptList", orgService.selectDeptTree());
		return "org/emplyrList";
	}

	/**
	 * 직원 정보를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/emplyrDetail.do")
	public String emplyrDetail(@RequestParam String emplyrId, ModelMap model) throws Exception {
		model.addAttribute("emplyr", orgService.selectEmplyr(emplyrId));
		return "org/emplyrDetail";
	}

	/**
	 * 직원을 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/emplyrRegist.do")
	public String emplyrRegist(EmplyrVO vo) throws Exception {
		orgService.insertEmplyr(vo);
		return "redirect:/org/emplyr/emplyrList.do";
	}

	/**
	 * 직원 정보를 수정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/emplyrUpdt.do")
	public String emplyrUpdt(EmplyrVO vo) throws Exception {
		orgService.updateEmplyr(vo);
		return "redirect:/org/emplyr/emplyrList.do";
	}

}
