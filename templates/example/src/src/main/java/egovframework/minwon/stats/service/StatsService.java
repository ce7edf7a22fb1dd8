package egovframework.minwon.stats.service;

import java.util.List;

import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 통계 서비스
 */
public interface StatsService {

	/** 민원 종류별 신청 건수 */
	List<EgovMap> selectKndApplStats(StatsVO searchVO) throws Exception;

	/** 월별 처리기한 준수율 */
	List<EgovMap> selectTmlmtStats(StatsVO searchVO) throws Exception;

	/** 부서별 처리 현황 */
	List<EgovMap> selectDeptStats(StatsVO searchVO) throws Exception;

	/** 월별 회원 가입·탈퇴 건수 */
	List<EgovMap> selectMberStats(StatsVO searchVO) throws Exception;
}
