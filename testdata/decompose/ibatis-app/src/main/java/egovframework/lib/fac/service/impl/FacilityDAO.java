package egovframework.lib.fac.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.fac.service.*;

/**
 * FacilityDAO 데이터 접근 클래스
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
@Repository("facilityDAO")
public class FacilityDAO extends EgovAbstractDAO {

	/**
	 * selectFacilityList
	 */
	public List selectFacilityList(FacVO vo) throws Exception {
		return list("selectFacilityList", vo);
	}

	/**
	 * selectFacility
	 */
	public FacVO selectFacility(String fcltyId) throws Exception {
		return (FacVO) getSqlMapClientTemplate().queryForObject("selectFacility", fcltyId);
	}

	/**
	 * insertFacility
	 */
	public void insertFacility(FacVO vo) throws Exception {
		insert("insertFacility", vo);
	}

	/**
	 * updateFee
	 */
	public void updateFee(FacVO vo) throws Exception {
		update("updateFee", vo);
	}

	/**
	 * selectResveSttus
	 */
	public List selectResveSttus(FacVO vo) throws Exception {
		return list("selectResveSttus", vo);
	}

	/**
	 * selectDplctResve
	 */
	public int selectDplctResve(FacVO vo) throws Exception {
		return (Integer) getSqlMapClientTemplate().queryForObject("selectDplctResve", vo);
	}

	/**
	 * insertResve
	 */
	public void insertResve(FacVO vo) throws Exception {
		insert("insertResve", vo);
	}

	/**
	 * updateResveSttus
	 */
	public void updateResveSttus(FacVO vo) throws Exception {
		update("updateResveSttus", vo);
	}

	/**
	 * selectMyResveList
	 */
	public List selectMyResveList(FacVO vo) throws Exception {
		return list("selectMyResveList", vo);
	}

	/**
	 * insertClosedDay
	 */
	public void insertClosedDay(FacVO vo) throws Exception {
		insert("insertClosedDay", vo);
	}
}
