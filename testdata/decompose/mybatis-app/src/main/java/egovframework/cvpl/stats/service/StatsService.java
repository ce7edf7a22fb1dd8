package egovframework.cvpl.stats.service;

import java.util.List;
import java.util.Map;

/**
 * 민원 통계 서비스
 * @author 홍길동
 * @since 2021.03.15
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2021.03.15  홍길동          최초 생성
 * </pre>
 */
public interface StatsService {

	/**
	 * 일 통계를 집계한다.
	 */
	void aggregate(String statsDe) throws Exception;

	/**
	 * 일별 민원 통계
	 */
	List<?> selectCvplDayStats(StatsVO vo) throws Exception;

	/**
	 * 부서별 월 통계
	 */
	List<?> selectDeptMonthStats(StatsVO vo) throws Exception;

}
