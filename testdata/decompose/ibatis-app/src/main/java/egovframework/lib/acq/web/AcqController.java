package egovframework.lib.acq.web;

import egovframework.lib.acq.service.*;
import egovframework.lib.acq.service.AcqService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 희망도서 신청·수서
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
public class AcqController {

    @Resource(name = "acqService")
    protected AcqService acqService;

    /**
     * 희망도서 신청
     */
    @RequestMapping(value="/lib/acq/insertAcqReq.do")
    public String insertAcqReq(AcqVO acqVO, ModelMap model) throws Exception {
        model.addAttribute("result", acqService.insertAcqReq(acqVO));
        return "lib/acq/acqReqResult";
    }

    /**
     * 희망도서 신청 목록(관리자)
     */
    @RequestMapping(value="/lib/mng/acq/selectAcqReqList.do")
    public String selectAcqReqList(AcqVO acqVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", acqService.selectAcqReqList(acqVO));
        return "lib/mng/acq/acqReqList";
    }

    /**
     * 구입 주문
     */
    @RequestMapping(value="/lib/mng/acq/order.do")
    public String order(AcqVO acqVO) throws Exception {
        acqService.order(acqVO);
        return "forward:/lib/mng/acq/selectAcqReqList.do";
    }

    /**
     * 신청 반려
     */
    @RequestMapping(value="/lib/mng/acq/reject.do")
    public String reject(AcqVO acqVO) throws Exception {
        acqService.reject(acqVO);
        return "forward:/lib/mng/acq/selectAcqReqList.do";
    }

    /**
     * 주문 목록
     */
    @RequestMapping(value="/lib/mng/acq/selectAcqOrderList.do")
    public String selectAcqOrderList(AcqVO acqVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", acqService.selectAcqOrderList(acqVO));
        return "lib/mng/acq/orderList";
    }

    /**
     * 입고 처리
     */
    @RequestMapping(value="/lib/mng/acq/receive.do")
    public String receive(AcqVO acqVO) throws Exception {
        acqService.receive(acqVO);
        return "forward:/lib/mng/acq/selectAcqOrderList.do";
    }

}
