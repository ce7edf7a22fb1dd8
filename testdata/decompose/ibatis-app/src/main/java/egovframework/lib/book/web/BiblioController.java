package egovframework.lib.book.web;

import egovframework.lib.book.service.*;
import egovframework.lib.book.service.BiblioService;
import egovframework.lib.cmm.service.EgovCmmUseService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 자료 검색·관리
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
public class BiblioController {

    @Resource(name = "biblioService")
    protected BiblioService biblioService;

    @Resource(name = "EgovCmmUseService")
    protected EgovCmmUseService cmmUseService;

    /**
     * 자료 검색
     */
    @RequestMapping(value="/lib/book/selectBiblioList.do")
    public String selectBiblioList(@ModelAttribute("searchVO") BiblioVO searchVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", biblioService.selectBiblioList(searchVO));
        model.addAttribute("totCnt", biblioService.selectBiblioListCnt(searchVO));
        model.addAttribute("kdcList", biblioService.selectKdcList());
        return "lib/book/biblioList";
    }

    /**
     * 자료 상세
     */
    @RequestMapping(value="/lib/book/selectBiblio.do")
    public String selectBiblio(@RequestParam("biblioId") String biblioId, ModelMap model) throws Exception {
        model.addAttribute("result", biblioService.selectBiblio(biblioId));
        ComDefaultCodeVO vo = new ComDefaultCodeVO();
        vo.setCodeId("LIB010");
        model.addAttribute("sttusList", cmmUseService.selectCmmCodeDetail(vo));
        return "lib/book/biblioDetail";
    }

    /**
     * 자료 등록(관리자)
     */
    @RequestMapping(value="/lib/mng/book/insertBiblio.do")
    public String insertBiblio(BiblioVO biblioVO) throws Exception {
        biblioService.insertBiblio(biblioVO);
        return "forward:/lib/book/selectBiblioList.do";
    }

    /**
     * 자료 수정(관리자)
     */
    @RequestMapping(value="/lib/mng/book/updateBiblio.do")
    public String updateBiblio(BiblioVO biblioVO) throws Exception {
        biblioService.updateBiblio(biblioVO);
        return "forward:/lib/book/selectBiblio.do";
    }

    /**
     * 소장 상태 변경(분실·제적)
     */
    @RequestMapping(value="/lib/mng/book/changeHoldingSttus.do")
    public String changeHoldingSttus(HoldingVO holdingVO) throws Exception {
        biblioService.changeHoldingSttus(holdingVO);
        return "forward:/lib/book/selectBiblio.do";
    }

}
