package egovframework.lib.loan.service;

import java.util.List;

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
public interface LoanService {

	/** 대출 현황 */
	List selectLoanList(LoanVO vo) throws Exception;

	/** 대출 처리 (대출 가능 권수·연체 확인) */
	String loan(LoanVO vo) throws Exception;

	/** 반납 처리 */
	void returnBook(LoanVO vo) throws Exception;

	/** 대출 연장 */
	int extendLoan(LoanVO vo) throws Exception;

	/** 대출 이력 */
	List selectLoanHistList(LoanVO vo) throws Exception;

	/** 도서 예약 */
	void reserve(LoanVO vo) throws Exception;

	/** 예약 취소 */
	void cancelResve(LoanVO vo) throws Exception;

	/** 예약 목록 */
	List selectResveList(LoanVO vo) throws Exception;

}
