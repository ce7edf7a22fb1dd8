package egovframework.lib.fac.web;

import egovframework.lib.fac.service.*;
import egovframework.lib.fac.service.FacilityService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 시설 예약
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
public class FacilityResveController {

    @Resource(name = "facilityService")
    protected FacilityService facilityService;

    /**
     * 시설 목록
     */
    @RequestMapping(value="/lib/fac/selectFacilityList.do")
    public String selectFacilityList(FacVO facVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", facilityService.selectFacilityList(facVO));
        return "lib/fac/facilityList";
    }

    /**
     * 예약 현황 달력
     */
    @RequestMapping(value="/lib/fac/selectResveSttus.do")
    public String selectResveSttus(FacVO facVO, ModelMap model) throws Exception {
        model.addAttribute("facility", facilityService.selectFacility(facVO.getFcltyId()));
        model.addAttribute("resveList", facilityService.selectResveSttus(facVO));
        return "lib/fac/resveCalendar";
    }

    /**
     * 시설 예약 신청
     */
    @RequestMapping(value="/lib/fac/reserve.do")
    public String reserve(FacVO facVO, ModelMap model) throws Exception {
        model.addAttribute("result", facilityService.reserve(facVO));
        return "lib/fac/resveResult";
    }

    /**
     * 나의 시설 예약
     */
    @RequestMapping(value="/lib/fac/selectMyResveList.do")
    public String selectMyResveList(FacVO facVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", facilityService.selectMyResveList(facVO));
        return "lib/fac/myResveList";
    }

    /**
     * 예약 취소
     */
    @RequestMapping(value="/lib/fac/cancel.do")
    public String cancel(FacVO facVO) throws Exception {
        facVO.setResveSttus("C");
        facilityService.confirm(facVO);
        return "redirect:/lib/fac/selectMyResveList.do";
    }

}
