package egovframework.lib.cop.bbs.web;

import egovframework.lib.cmm.service.EgovFileMngService;
import egovframework.lib.cop.bbs.service.*;
import egovframework.lib.cop.bbs.service.EgovBBSManageService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 공지사항·자료실 게시판
 * @author 김철수
 * @since 2014.06.02
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2014.06.02  김철수          최초 생성
 * </pre>
 */
@Controller
public class EgovBBSManageController {

    @Resource(name = "EgovBBSManageService")
    protected EgovBBSManageService bbsMngService;

    @Resource(name = "EgovFileMngService")
    protected EgovFileMngService fileMngService;

    /**
     * 게시물 목록
     */
    @RequestMapping(value="/cop/bbs/selectBoardList.do")
    public String selectBoardArticles(@ModelAttribute("searchVO") BoardVO boardVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", bbsMngService.selectBoardArticles(boardVO));
        model.addAttribute("brdMstrList", bbsMngService.selectBBSMasterInfs());
        return "egovframework/com/cop/bbs/EgovNoticeList";
    }

    /**
     * 게시물 상세
     */
    @RequestMapping(value="/cop/bbs/selectBoardArticle.do")
    public String selectBoardArticle(@ModelAttribute("searchVO") BoardVO boardVO, ModelMap model) throws Exception {
        BoardVO vo = bbsMngService.selectBoardArticle(boardVO);
        model.addAttribute("result", vo);
        model.addAttribute("fileList", fileMngService.selectFileInfs(vo.toFileVO()));
        return "egovframework/com/cop/bbs/EgovNoticeInqire";
    }

    /**
     * 게시물 등록
     */
    @RequestMapping(value="/cop/bbs/insertBoardArticle.do")
    public String insertBoardArticle(final MultipartHttpServletRequest multiRequest, BoardVO boardVO) throws Exception {
        List result = fileUtil.parseFileInf(multiRequest.getFileMap(), "BBS_", 0, "", "");
        bbsMngService.insertBoardArticle(boardVO, result);
        return "forward:/cop/bbs/selectBoardList.do";
    }

}
