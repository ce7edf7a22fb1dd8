package egovframework.cvpl.org.web;

import egovframework.cvpl.org.service.DeptVO;
import egovframework.cvpl.org.service.OrgService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 부서 관리
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
@RequestMapping("/org/dept")
public class DeptController {

	/** 조직 서비스 */
	@Resource(name = "orgService")
	private OrgService orgService;

	/**
	 * 부서 트리를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@GetMapping("/deptTree.do")
	public String deptTree(ModelMap model) throws Exception {
		model.addAttribute("list", orgService.selectDeptTree());
		return "org/deptTree";
	}

	/**
	 * 부서를 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/deptRegist.do")
	public String deptRegist(DeptVO vo) throws Exception {
		orgService.insertDept(vo);
		return "redirect:/org/dept/deptTree.do";
	}

	/**
	 * 부서를 수정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/deptUpdt.do")
	public String deptUpdt(DeptVO vo) throws Exception {
		orgService.updateDept(vo);
		return "redirect:/org/dept/deptTree.do";
	}

}
