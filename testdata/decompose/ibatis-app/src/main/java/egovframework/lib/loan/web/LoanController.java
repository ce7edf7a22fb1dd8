package egovframework.lib.loan.web;

import egovframework.lib.loan.service.*;
import egovframework.lib.loan.service.LoanService;
import egovframework.lib.user.service.LibUserService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 대출·반납·예약
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
public class LoanController {

    @Resource(name = "loanService")
    protected LoanService loanService;

    @Resource(name = "libUserService")
    protected LibUserService libUserService;

    /**
     * 나의 대출 현황
     */
    @RequestMapping(value="/lib/loan/selectLoanList.do")
    public String selectLoanList(LoanVO loanVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", loanService.selectLoanList(loanVO));
        return "lib/loan/loanList";
    }

    /**
     * 대출 처리(데스크)
     */
    @RequestMapping(value="/lib/mng/loan/loan.do")
    public String loan(LoanVO loanVO, ModelMap model) throws Exception {
        model.addAttribute("user", libUserService.selectUser(loanVO.getUserId()));
        model.addAttribute("result", loanService.loan(loanVO));
        return "lib/mng/loan/loanResult";
    }

    /**
     * 반납 처리(데스크)
     */
    @RequestMapping(value="/lib/mng/loan/return.do")
    public String returnBook(LoanVO loanVO) throws Exception {
        loanService.returnBook(loanVO);
        return "lib/mng/loan/returnResult";
    }

    /**
     * 대출 연장
     */
    @RequestMapping(value="/lib/loan/extendLoan.do")
    public String extendLoan(LoanVO loanVO, ModelMap model) throws Exception {
        model.addAttribute("cnt", loanService.extendLoan(loanVO));
        return "jsonView";
    }

    /**
     * 대출 이력
     */
    @RequestMapping(value="/lib/loan/selectLoanHistList.do")
    public String selectLoanHistList(LoanVO loanVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", loanService.selectLoanHistList(loanVO));
        return "lib/loan/loanHistList";
    }

    /**
     * 도서 예약
     */
    @RequestMapping(value="/lib/loan/reserve.do")
    public String reserve(LoanVO loanVO) throws Exception {
        loanService.reserve(loanVO);
        return "redirect:/lib/loan/selectResveList.do";
    }

    /**
     * 예약 취소
     */
    @RequestMapping(value="/lib/loan/cancelResve.do")
    public String cancelResve(LoanVO loanVO) throws Exception {
        loanService.cancelResve(loanVO);
        return "redirect:/lib/loan/selectResveList.do";
    }

    /**
     * 예약 목록
     */
    @RequestMapping(value="/lib/loan/selectResveList.do")
    public String selectResveList(LoanVO loanVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", loanService.selectResveList(loanVO));
        return "lib/loan/resveList";
    }

}
