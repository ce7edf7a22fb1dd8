package egovframework.cvpl.stats.service.impl;

import egovframework.cvpl.stats.service.StatsService;
import egovframework.cvpl.stats.service.StatsVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 민원 통계 서비스 구현
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
@Service("statsService")
public class StatsServiceImpl extends EgovAbstractServiceImpl implements StatsService {

	@Resource(name = "statsDAO")
	private StatsDAO statsDAO;

	@Override
	public void aggregate(String statsDe) throws Exception {
		statsDAO.mergeCvplDayStats(statsDe);
		statsDAO.mergeDeptMonthStats(statsDe);
	}

	@Override
	public List<?> selectCvplDayStats(StatsVO vo) throws Exception {
		return statsDAO.selectCvplDayStats(vo);
	}

	@Override
	public List<?> selectDeptMonthStats(StatsVO vo) throws Exception {
		return statsDAO.selectDeptMonthStats(vo);
	}

}
