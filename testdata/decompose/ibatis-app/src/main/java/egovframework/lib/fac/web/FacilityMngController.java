package egovframework.lib.fac.web;

import egovframework.lib.fac.service.*;
import egovframework.lib.fac.service.FacilityService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 시설 관리(관리자)
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
public class FacilityMngController {

    @Resource(name = "facilityService")
    protected FacilityService facilityService;

    /**
     * 예약 승인
     */
    @RequestMapping(value="/lib/mng/fac/confirm.do")
    public String confirm(FacVO facVO) throws Exception {
        facVO.setResveSttus("A");
        facilityService.confirm(facVO);
        return "forward:/lib/fac/selectResveSttus.do";
    }

    /**
     * 시설 등록
     */
    @RequestMapping(value="/lib/mng/fac/insertFacility.do")
    public String insertFacility(FacVO facVO) throws Exception {
        facilityService.insertFacility(facVO);
        return "forward:/lib/fac/selectFacilityList.do";
    }

    /**
     * 이용료 변경
     */
    @RequestMapping(value="/lib/mng/fac/updateFee.do")
    public String updateFee(FacVO facVO) throws Exception {
        facilityService.updateFee(facVO);
        return "forward:/lib/fac/selectFacilityList.do";
    }

    /**
     * 휴관일 등록
     */
    @RequestMapping(value="/lib/mng/fac/insertClosedDay.do")
    public String insertClosedDay(FacVO facVO) throws Exception {
        facilityService.insertClosedDay(facVO);
        return "forward:/lib/fac/selectResveSttus.do";
    }

}
