package egovframework.cvpl.bbs.web;

import egovframework.cvpl.bbs.service.BbsService;
import egovframework.cvpl.bbs.service.BbsVO;
import egovframework.cvpl.bbs.service.CommentVO;
import egovframework.cvpl.bbs.service.FaqVO;
import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * 게시판 컨트롤러
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
@RequestMapping("/cop/bbs")
public class BbsController {

	/** 게시판 서비스 */
	@Resource(name = "bbsService")
	private BbsService bbsService;

	/** 첨부파일 서비스 */
	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	/**
	 * 게시물 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/{bbsId}/nttList.do")
	public String nttList(@ModelAttribute("searchVO") BbsVO vo, ModelMap model) throws Exception {
		model.addAllAttributes(bbsService.selectNttList(vo));
		return "cop/bbs/nttList";
	}

	/**
	 * 게시물을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/{bbsId}/nttDetail.do")
	public String nttDetail(BbsVO vo, ModelMap model) throws Exception {
		BbsVO ntt = bbsService.selectNtt(vo);
		model.addAttribute("result", ntt);
		model.addAttribute("fileList", fileMngService.selectFileInfs(ntt.getAtchFileId()));
		return "cop/bbs/nttDetail";
	}

	/**
	 * 게시물을 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/{bbsId}/nttRegist.do")
	public String nttRegist(final MultipartHttpServletRequest multiRequest, BbsVO vo) throws Exception {
		List<FileVO> files = fileUtil.parseFileInf(multiRequest.getFileMap(), "BBS_", 0, "", "");
		bbsService.insertNtt(vo, files);
		return "redirect:nttList.do";
	}

	/**
	 * 게시물을 수정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/{bbsId}/nttUpdt.do")
	public String nttUpdt(BbsVO vo) throws Exception {
		bbsService.updateNtt(vo);
		return "redirect:nttList.do";
	}

	/**
	 * 게시물을 삭제한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/{bbsId}/nttDelete.do")
	public String nttDelete(BbsVO vo) throws Exception {
		bbsService.deleteNtt(vo);
		return "redirect:nttList.do";
	}

	/**
	 * 댓글을 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/commentRegist.do")
	public String commentRegist(CommentVO vo) throws Exception {
		bbsService.insertComment(vo);
		return "jsonView";
	}

	/**
	 * 댓글을 삭제한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/commentDelete.do")
	public String commentDelete(CommentVO vo) throws Exception {
		bbsService.deleteComment(vo);
		return "jsonView";
	}

	/**
	 * FAQ 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@GetMapping("/faqList.do")
	public String faqList(FaqVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", bbsService.selectFaqList(vo));
		return "cop/bbs/faqList";
	}

	/**
	 * FAQ 를 등록한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/faqRegist.do")
	public String faqRegist(FaqVO vo) throws Exception {
		bbsService.insertFaq(vo);
		return "redirect:/cop/bbs/faqList.do";
	}

}
