package egovframework.lib.acq.service;

import java.util.List;

/**
 * 희망도서·수서 관리
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
public interface AcqService {

	/** 희망도서 신청 목록 */
	List selectAcqReqList(AcqVO vo) throws Exception;

	/** 희망도서 신청 (소장 중복 확인) */
	String insertAcqReq(AcqVO vo) throws Exception;

	/** 구입 주문 */
	void order(AcqVO vo) throws Exception;

	/** 신청 반려 */
	void reject(AcqVO vo) throws Exception;

	/** 주문 목록 */
	List selectAcqOrderList(AcqVO vo) throws Exception;

	/** 입고 처리: 서지·소장 등록 */
	void receive(AcqVO vo) throws Exception;

}
