package egovframework.cvpl.bbs.web;

import egovframework.cvpl.bbs.service.BbsMasterVO;
import egovframework.cvpl.bbs.service.BbsService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 게시판 관리(관리자)
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
@RequestMapping("/cop/bbsMaster")
public class BbsMasterController {

	/** 게시판 서비스 */
	@Resource(name = "bbsService")
	private BbsService bbsService;

	/**
	 * 게시판 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/masterList.do")
	public String masterList(ModelMap model) throws Exception {
		model.addAttribute("list", bbsService.selectBbsMasterList());
		return "cop/bbs/masterList";
	}

	/**
	 * 게시판을 생성한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/masterRegist.do")
	public String masterRegist(BbsMasterVO vo) throws Exception {
		bbsService.insertBbsMaster(vo);
		return "redirect:/cop/bbsMaster/masterList.do";
	}

}
