package egovframework.minwon.bbs.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import egovframework.minwon.bbs.service.BbsService;
import egovframework.minwon.bbs.service.BoardVO;
import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.EgovFileMngUtil;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;
import egovframework.rte.ptl.mvc.tags.ui.pagination.PaginationInfo;

/**
 * 게시판 컨트롤러 (공지사항, FAQ, 묻고답하기)
 *
 * @author 민원포털 개발팀
 * @since 2014.05.12
 */
@Controller
@RequestMapping("/cop/bbs")
public class BbsController {

	@Resource(name = "bbsService")
	private BbsService bbsService;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Resource(name = "EgovFileMngUtil")
	private EgovFileMngUtil fileUtil;

	/** 게시물 목록 조회 */
	@RequestMapping("/selectArticleList.do")
	public String selectArticleList(@ModelAttribute("searchVO") BoardVO searchVO, ModelMap model) throws Exception {
		PaginationInfo paginationInfo = new PaginationInfo();
		paginationInfo.setCurrentPageNo(searchVO.getPageIndex());
		paginationInfo.setRecordCountPerPage(searchVO.getPageUnit());
		paginationInfo.setPageSize(searchVO.getPageSize());
		searchVO.setFirstIndex(paginationInfo.getFirstRecordIndex());
		searchVO.setLastIndex(paginationInfo.getLastRecordIndex());

		model.addAttribute("bbsMaster", bbsService.selectBbsMaster(searchVO.getBbsId()));
		model.addAttribute("resultList", bbsService.selectArticleList(searchVO));
		paginationInfo.setTotalRecordCount(bbsService.selectArticleListCnt(searchVO));
		model.addAttribute("paginationInfo", paginationInfo);
		return "minwon/cop/bbs/ArticleList";
	}

	/** 게시물 상세 조회 */
	@RequestMapping("/selectArticleDetail.do")
	public String selectArticleDetail(@ModelAttribute("searchVO") BoardVO searchVO, ModelMap model) throws Exception {
		EgovMap article = bbsService.selectArticleDetail(searchVO);
		model.addAttribute("result", article);
		model.addAttribute("commentList", bbsService.selectCommentList(searchVO.getNttId()));
		model.addAttribute("fileList", fileMngService.selectFileInfs((String) article.get("atchFileId")));
		return "minwon/cop/bbs/ArticleDetail";
	}

	/** 게시물 등록 */
	@RequestMapping(value = "/insertArticle.do", method = RequestMethod.POST)
	public String insertArticle(MultipartHttpServletRequest multiRequest, @ModelAttribute("boardVO") BoardVO vo,
			HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setRegisterId(user.getId());
		vo.setRegisterNm(user.getName());
		bbsService.insertArticle(vo, fileUtil.parseFileInf(multiRequest.getFileMap(), "BBS_"));
		return "redirect:/cop/bbs/selectArticleList.do?bbsId=" + vo.getBbsId();
	}

	/** 게시물 삭제 */
	@RequestMapping(value = "/deleteArticle.do", method = RequestMethod.POST)
	public String deleteArticle(@ModelAttribute("boardVO") BoardVO vo, HttpSession session) throws Exception {
		vo.setRegisterId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		bbsService.deleteArticle(vo);
		return "redirect:/cop/bbs/selectArticleList.do?bbsId=" + vo.getBbsId();
	}

	/** 댓글 등록 */
	@RequestMapping(value = "/insertComment.do", method = RequestMethod.POST)
	public String insertComment(@ModelAttribute("boardVO") BoardVO vo, HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setRegisterId(user.getId());
		vo.setRegisterNm(user.getName());
		bbsService.insertComment(vo);
		return "redirect:/cop/bbs/selectArticleDetail.do?bbsId=" + vo.getBbsId() + "&nttId=" + vo.getNttId();
	}

	/** 게시판 생성 (관리자) */
	@RequestMapping(value = "/insertBbsMaster.do", method = RequestMethod.POST)
	public String insertBbsMaster(@ModelAttribute("boardVO") BoardVO vo, HttpSession session) throws Exception {
		vo.setRegisterId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		bbsService.insertBbsMaster(vo);
		return "redirect:/cop/bbs/selectArticleList.do?bbsId=" + vo.getBbsId();
	}
}
