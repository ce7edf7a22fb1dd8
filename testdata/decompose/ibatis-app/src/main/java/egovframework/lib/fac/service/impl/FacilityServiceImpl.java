package egovframework.lib.fac.service.impl;

import egovframework.lib.fac.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 시설 예약 구현
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
@Service("facilityService")
public class FacilityServiceImpl extends AbstractServiceImpl implements FacilityService {

	@Resource(name="facilityDAO")
	private FacilityDAO facilityDAO;

	/**
	 * 시설 목록
	 */
	public List selectFacilityList(FacVO vo) throws Exception {
		return facilityDAO.selectFacilityList(vo);
	}

	/**
	 * 예약 현황(달력)
	 */
	public List selectResveSttus(FacVO vo) throws Exception {
		return facilityDAO.selectResveSttus(vo);
	}

	/**
	 * 시설 예약 신청
	 */
	public String reserve(FacVO vo) throws Exception {
		if (facilityDAO.selectDplctResve(vo) > 0) {
		    return "DPLCT";
		}
		facilityDAO.insertResve(vo);
		return "OK";
	}

	/**
	 * 예약 승인/취소
	 */
	public void confirm(FacVO vo) throws Exception {
		facilityDAO.updateResveSttus(vo);
	}

	/**
	 * 나의 예약
	 */
	public List selectMyResveList(FacVO vo) throws Exception {
		return facilityDAO.selectMyResveList(vo);
	}

	/**
	 * 시설 등록
	 */
	public void insertFacility(FacVO vo) throws Exception {
		facilityDAO.insertFacility(vo);
	}

	/**
	 * 이용료 변경
	 */
	public void updateFee(FacVO vo) throws Exception {
		facilityDAO.updateFee(vo);
	}

	/**
	 * 휴관일 등록
	 */
	public void insertClosedDay(FacVO vo) throws Exception {
		facilityDAO.insertClosedDay(vo);
	}

	/**
	 * 시설 상세
	 */
	public FacVO selectFacility(String fcltyId) throws Exception {
		return facilityDAO.selectFacility(fcltyId);
	}

}
