package egovframework.lib.cmm.web;

import egovframework.lib.cmm.service.*;
import egovframework.lib.cmm.service.CmmnCodeManageService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 공통코드 관리
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
public class EgovCmmnCodeManageController {

    @Resource(name = "CmmnCodeManageService")
    protected CmmnCodeManageService cmmnCodeManageService;

    /**
     * 공통코드 목록
     */
    @RequestMapping(value="/sym/ccm/cca/EgovCcmCmmnCodeList.do")
    public String selectCmmnCodeList(ModelMap model) throws Exception {
        model.addAttribute("resultList", cmmnCodeManageService.selectCmmnCodeList());
        model.addAttribute("clList", cmmnCodeManageService.selectClCodeList());
        return "egovframework/com/sym/ccm/cca/EgovCcmCmmnCodeList";
    }

    /**
     * 공통코드 등록
     */
    @RequestMapping(value="/sym/ccm/cca/EgovCcmCmmnCodeRegist.do")
    public String insertCmmnCode(@ModelAttribute("cmmnCodeVO") CmmnCodeVO vo) throws Exception {
        cmmnCodeManageService.insertCmmnCode(vo);
        return "forward:/sym/ccm/cca/EgovCcmCmmnCodeList.do";
    }

    /**
     * 상세코드 등록
     */
    @RequestMapping(value="/sym/ccm/cde/EgovCcmCmmnDetailCodeRegist.do")
    public String insertCmmnDetailCode(CmmnCodeVO vo) throws Exception {
        cmmnCodeManageService.insertCmmnDetailCode(vo);
        return "forward:/sym/ccm/cca/EgovCcmCmmnCodeList.do";
    }

}
