package egovframework.lib.acq.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.acq.service.*;

/**
 * AcqDAO 데이터 접근 클래스
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
@Repository("acqDAO")
public class AcqDAO extends EgovAbstractDAO {

	/**
	 * selectAcqReqList
	 */
	public List selectAcqReqList(AcqVO vo) throws Exception {
		return list("selectAcqReqList", vo);
	}

	/**
	 * insertAcqReq
	 */
	public void insertAcqReq(AcqVO vo) throws Exception {
		insert("insertAcqReq", vo);
	}

	/**
	 * selectDplctHolding
	 */
	public int selectDplctHolding(AcqVO vo) throws Exception {
		return (Integer) getSqlMapClientTemplate().queryForObject("selectDplctHolding", vo);
	}

	/**
	 * updateAcqReqSttus
	 */
	public void updateAcqReqSttus(AcqVO vo) throws Exception {
		update("updateAcqReqSttus", vo);
	}

	/**
	 * insertAcqOrder
	 */
	public void insertAcqOrder(AcqVO vo) throws Exception {
		insert("insertAcqOrder", vo);
	}

	/**
	 * selectAcqOrderList
	 */
	public List selectAcqOrderList(AcqVO vo) throws Exception {
		return list("selectAcqOrderList", vo);
	}

	/**
	 * updateAcqOrderRcv
	 */
	public void updateAcqOrderRcv(AcqVO vo) throws Exception {
		update("updateAcqOrderRcv", vo);
	}
}
