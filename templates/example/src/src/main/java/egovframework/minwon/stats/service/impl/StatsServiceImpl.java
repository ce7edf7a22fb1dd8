package egovframework.minwon.stats.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.stats.service.StatsService;
import egovframework.minwon.stats.service.StatsVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 통계 서비스 구현
 */
@Service("statsService")
public class StatsServiceImpl extends EgovAbstractServiceImpl implements StatsService {

	@Resource(name = "statsDAO")
	private StatsDAO statsDAO;

	@Override
	public List<EgovMap> selectKndApplStats(StatsVO searchVO) throws Exception {
		return statsDAO.selectKndApplStats(searchVO);
	}

	@Override
	public List<EgovMap> selectTmlmtStats(StatsVO searchVO) throws Exception {
		return statsDAO.selectTmlmtStats(searchVO);
	}

	@Override
	public List<EgovMap> selectDeptStats(StatsVO searchVO) throws Exception {
		return statsDAO.selectDeptStats(searchVO);
	}

	@Override
	public List<EgovMap> selectMberStats(StatsVO searchVO) throws Exception {
		return statsDAO.selectMberStats(searchVO);
	}
}
