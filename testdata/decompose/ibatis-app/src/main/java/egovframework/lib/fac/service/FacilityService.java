package egovframework.lib.fac.service;

import java.util.List;

/**
 * 시설 예약
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
public interface FacilityService {

	/** 시설 목록 */
	List selectFacilityList(FacVO vo) throws Exception;

	/** 예약 현황(달력) */
	List selectResveSttus(FacVO vo) throws Exception;

	/** 시설 예약 신청 */
	String reserve(FacVO vo) throws Exception;

	/** 예약 승인/취소 */
	void confirm(FacVO vo) throws Exception;

	/** 나의 예약 */
	List selectMyResveList(FacVO vo) throws Exception;

	/** 시설 등록 */
	void insertFacility(FacVO vo) throws Exception;

	/** 이용료 변경 */
	void updateFee(FacVO vo) throws Exception;

	/** 휴관일 등록 */
	void insertClosedDay(FacVO vo) throws Exception;

	/** 시설 상세 */
	FacVO selectFacility(String fcltyId) throws Exception;

}
