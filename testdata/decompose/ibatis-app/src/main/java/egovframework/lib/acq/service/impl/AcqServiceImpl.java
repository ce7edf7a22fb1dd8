package egovframework.lib.acq.service.impl;

import egovframework.lib.acq.service.*;
import egovframework.lib.book.service.BiblioService;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 희망도서·수서 관리 구현
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
@Service("acqService")
public class AcqServiceImpl extends AbstractServiceImpl implements AcqService {

	@Resource(name="acqDAO")
	private AcqDAO acqDAO;

	@Resource(name="biblioService")
	private BiblioService biblioService;

	/**
	 * 희망도서 신청 목록
	 */
	public List selectAcqReqList(AcqVO vo) throws Exception {
		return acqDAO.selectAcqReqList(vo);
	}

	/**
	 * 희망도서 신청 (소장 중복 확인)
	 */
	public String insertAcqReq(AcqVO vo) throws Exception {
		if (acqDAO.selectDplctHolding(vo) > 0) {
		    return "DPLCT";
		}
		acqDAO.insertAcqReq(vo);
		return "OK";
	}

	/**
	 * 구입 주문
	 */
	public void order(AcqVO vo) throws Exception {
		acqDAO.insertAcqOrder(vo);
		vo.setReqSttus("O");
		acqDAO.updateAcqReqSttus(vo);
	}

	/**
	 * 신청 반려
	 */
	public void reject(AcqVO vo) throws Exception {
		vo.setReqSttus("J");
		acqDAO.updateAcqReqSttus(vo);
	}

	/**
	 * 주문 목록
	 */
	public List selectAcqOrderList(AcqVO vo) throws Exception {
		return acqDAO.selectAcqOrderList(vo);
	}

	/**
	 * 입고 처리: 서지·소장 등록
	 */
	public void receive(AcqVO vo) throws Exception {
		acqDAO.updateAcqOrderRcv(vo);
		biblioService.insertBiblio(vo.toBiblioVO());
	}

}
