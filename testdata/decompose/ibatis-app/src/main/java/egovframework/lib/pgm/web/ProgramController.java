package egovframework.lib.pgm.web;

import egovframework.lib.pgm.service.*;
import egovframework.lib.pgm.service.ProgramService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 문화프로그램
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
public class ProgramController {

    @Resource(name = "programService")
    protected ProgramService programService;

    /**
     * 프로그램 목록
     */
    @RequestMapping(value="/lib/pgm/selectProgramList.do")
    public String selectProgramList(PgmVO pgmVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", programService.selectProgramList(pgmVO));
        return "lib/pgm/programList";
    }

    /**
     * 수강 신청
     */
    @RequestMapping(value="/lib/pgm/apply.do")
    public String apply(PgmVO pgmVO) throws Exception {
        programService.apply(pgmVO);
        return "redirect:/lib/pgm/selectProgramList.do";
    }

    /**
     * 수강 취소
     */
    @RequestMapping(value="/lib/pgm/cancelApply.do")
    public String cancelApply(PgmVO pgmVO) throws Exception {
        programService.cancelApply(pgmVO);
        return "redirect:/lib/pgm/selectProgramList.do";
    }

    /**
     * 프로그램 등록(관리자)
     */
    @RequestMapping(value="/lib/mng/pgm/insertProgram.do")
    public String insertProgram(final MultipartHttpServletRequest multiRequest, PgmVO pgmVO) throws Exception {
        List files = fileUtil.parseFileInf(multiRequest.getFileMap(), "PGM_", 0, "", "");
        programService.insertProgram(pgmVO, files);
        return "forward:/lib/pgm/selectProgramList.do";
    }

    /**
     * 수강생 목록(관리자)
     */
    @RequestMapping(value="/lib/mng/pgm/selectApplyList.do")
    public String selectApplyList(@RequestParam String pgmId, ModelMap model) throws Exception {
        model.addAttribute("program", programService.selectProgram(pgmId));
        model.addAttribute("resultList", programService.selectApplyList(pgmId));
        return "lib/mng/pgm/applyList";
    }

}
