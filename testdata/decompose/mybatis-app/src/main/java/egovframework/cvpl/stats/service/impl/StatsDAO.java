package egovframework.cvpl.stats.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.service.impl.EgovComAbstractDAO;
import egovframework.cvpl.stats.service.StatsVO;

/**
 * 민원 통계 DAO
 */
@Repository("statsDAO")
public class StatsDAO extends EgovComAbstractDAO {

	public void mergeCvplDayStats(String statsDe) {
		update("Stats.mergeCvplDayStats", statsDe);
	}

	public void mergeDeptMonthStats(String statsDe) {
		update("Stats.mergeDeptMonthStats", statsDe);
	}

	public List<?> selectCvplDayStats(StatsVO vo) {
		return selectList("Stats.selectCvplDayStats", vo);
	}

	public List<?> selectDeptMonthStats(StatsVO vo) {
		return selectList("Stats.selectDeptMonthStats", vo);
	}
}
