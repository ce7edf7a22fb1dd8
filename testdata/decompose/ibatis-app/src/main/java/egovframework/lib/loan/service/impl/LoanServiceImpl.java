package egovframework.lib.loan.service.impl;

import egovframework.lib.book.service.BiblioService;
import egovframework.lib.loan.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 대출·반납·예약 구현
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
@Service("loanService")
public class LoanServiceImpl extends AbstractServiceImpl implements LoanService {

	@Resource(name="loanDAO")
	private LoanDAO loanDAO;

	@Resource(name="biblioService")
	private BiblioService biblioService;

	/**
	 * 대출 현황
	 */
	public List selectLoanList(LoanVO vo) throws Exception {
		return loanDAO.selectLoanList(vo);
	}

	/**
	 * 대출 처리 (대출 가능 권수·연체 확인)
	 */
	public String loan(LoanVO vo) throws Exception {
		if (loanDAO.selectOverdueCnt(vo.getUserId()) > 0) {
		    return "OVERDUE";
		}
		if (loanDAO.selectLoanableCnt(vo) <= 0) {
		    return "LIMIT";
		}
		loanDAO.insertLoan(vo);
		biblioService.changeHoldingSttus(new HoldingVO(vo.getHoldingNo(), "L"));
		return "OK";
	}

	/**
	 * 반납 처리
	 */
	public void returnBook(LoanVO vo) throws Exception {
		loanDAO.updateReturn(vo);
		loanDAO.insertLoanHist(vo);
		loanDAO.insertOverdue(vo);
		loanDAO.deleteReturnedLoan(vo);
		biblioService.changeHoldingSttus(new HoldingVO(vo.getHoldingNo(), "A"));
	}

	/**
	 * 대출 연장
	 */
	public int extendLoan(LoanVO vo) throws Exception {
		return loanDAO.extendLoan(vo);
	}

	/**
	 * 대출 이력
	 */
	public List selectLoanHistList(LoanVO vo) throws Exception {
		return loanDAO.selectLoanHistList(vo);
	}

	/**
	 * 도서 예약
	 */
	public void reserve(LoanVO vo) throws Exception {
		loanDAO.insertResve(vo);
	}

	/**
	 * 예약 취소
	 */
	public void cancelResve(LoanVO vo) throws Exception {
		loanDAO.cancelResve(vo);
	}

	/**
	 * 예약 목록
	 */
	public List selectResveList(LoanVO vo) throws Exception {
		return loanDAO.selectResveList(vo);
	}

}
