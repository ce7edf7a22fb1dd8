package egovframework.lib.loan.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.loan.service.*;

/**
 * LoanDAO 데이터 접근 클래스
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
@Repository("loanDAO")
public class LoanDAO extends EgovAbstractDAO {

	/**
	 * selectLoanList
	 */
	public List selectLoanList(LoanVO vo) throws Exception {
		return list("loanDAO.selectLoanList", vo);
	}

	/**
	 * selectLoanableCnt
	 */
	public int selectLoanableCnt(LoanVO vo) throws Exception {
		return (Integer) getSqlMapClientTemplate().queryForObject("loanDAO.selectLoanableCnt", vo);
	}

	/**
	 * selectOverdueCnt
	 */
	public int selectOverdueCnt(String userId) throws Exception {
		return (Integer) getSqlMapClientTemplate().queryForObject("loanDAO.selectOverdueCnt", userId);
	}

	/**
	 * insertLoan
	 */
	public void insertLoan(LoanVO vo) throws Exception {
		insert("loanDAO.insertLoan", vo);
	}

	/**
	 * updateReturn
	 */
	public void updateReturn(LoanVO vo) throws Exception {
		update("loanDAO.updateReturn", vo);
	}

	/**
	 * insertLoanHist
	 */
	public void insertLoanHist(LoanVO vo) throws Exception {
		insert("loanDAO.insertLoanHist", vo);
	}

	/**
	 * deleteReturnedLoan
	 */
	public void deleteReturnedLoan(LoanVO vo) throws Exception {
		delete("loanDAO.deleteReturnedLoan", vo);
	}

	/**
	 * insertOverdue
	 */
	public void insertOverdue(LoanVO vo) throws Exception {
		insert("loanDAO.insertOverdue", vo);
	}

	/**
	 * extendLoan
	 */
	public int extendLoan(LoanVO vo) throws Exception {
		return update("loanDAO.extendLoan", vo);
	}

	/**
	 * selectLoanHistList
	 */
	public List selectLoanHistList(LoanVO vo) throws Exception {
		return list("loanDAO.selectLoanHistList", vo);
	}

	/**
	 * insertResve
	 */
	public void insertResve(LoanVO vo) throws Exception {
		insert("loanDAO.insertResve", vo);
	}

	/**
	 * cancelResve
	 */
	public void cancelResve(LoanVO vo) throws Exception {
		update("loanDAO.cancelResve", vo);
	}

	/**
	 * selectResveList
	 */
	public List selectResveList(LoanVO vo) throws Exception {
		return list("loanDAO.selectResveList", vo);
	}
}
