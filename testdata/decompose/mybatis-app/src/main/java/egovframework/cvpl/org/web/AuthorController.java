package egovframework.cvpl.org.web;

import egovframework.cvpl.org.service.AuthorService;
import egovframework.cvpl.org.service.AuthorVO;
import egovframework.cvpl.org.service.OrgService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 권한 관리
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
@RequestMapping("/org/author")
public class AuthorController {

	/** AuthorService */
	@Resource(name = "authorService")
	private AuthorService authorService;

	/** 조직 서비스 */
	@Resource(name = "orgService")
	private OrgService orgService;

	/**
	 * 권한 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/authorList.do")
	public String authorList(ModelMap model) throws Exception {
		model.addAttribute("list", authorService.selectAuthorList());
		return "org/authorList";
	}

	/**
	 * 직원별 권한을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/emplyrAuthor.do")
	public String emplyrAuthor(@RequestParam String emplyrId, ModelMap model) throws Exception {
		model.addAttribute("emplyr", orgService.selectEmplyr(emplyrId));
		model.addAttribute("list", authorService.selectEmplyrAuthorList(emplyrId));
		return "org/emplyrAuthor";
	}

	/**
	 * 권한을 부여한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/grant.do")
	public String grant(AuthorVO vo) throws Exception {
		authorService.grantAuthor(vo);
		return "redirect:/org/author/emplyrAuthor.do";
	}

	/**
	 * 권한을 회수한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/revoke.do")
	public String revoke(AuthorVO vo) throws Exception {
		authorService.revokeAuthor(vo);
		return "redirect:/org/author/emplyrAuthor.do";
	}

}
