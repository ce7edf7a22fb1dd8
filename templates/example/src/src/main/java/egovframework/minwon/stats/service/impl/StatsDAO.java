package egovframework.minwon.stats.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.minwon.cmm.service.impl.ComAbstractDAO;
import egovframework.minwon.stats.service.StatsVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 통계 DAO (조회 전용)
 * @see Stats_SQL.xml
 */
@Repository("statsDAO")
public class StatsDAO extends ComAbstractDAO {

	public List<EgovMap> selectKndApplStats(StatsVO searchVO) throws Exception {
		return selectList("Stats.selectKndApplStats", searchVO);
	}

	public List<EgovMap> selectTmlmtStats(StatsVO searchVO) throws Exception {
		return selectList("Stats.selectTmlmtStats", searchVO);
	}

	public List<EgovMap> selectDeptStats(StatsVO searchVO) throws Exception {
		return selectList("Stats.selectDeptStats", searchVO);
	}

	public List<EgovMap> selectMberStats(StatsVO searchVO) throws Exception {
		return selectList("Stats.selectMberStats", searchVO);
	}
}
