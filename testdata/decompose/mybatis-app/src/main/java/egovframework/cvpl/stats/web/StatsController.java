package egovframework.cvpl.stats.web;

import egovframework.cvpl.stats.service.StatsService;
import egovframework.cvpl.stats.service.StatsVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 민원 통계 조회
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
@Controller
@RequestMapping("/stats")
public class StatsController {

	/** StatsService */
	@Resource(name = "statsService")
	private StatsService statsService;

	/**
	 * 일별 민원 통계를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/cvplDayStats.do")
	public String cvplDayStats(StatsVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", statsService.selectCvplDayStats(vo));
		return "stats/cvplDayStats";
	}

	/**
	 * 부서별 월 통계를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/deptMonthStats.do")
	public String deptMonthStats(StatsVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", statsService.selectDeptMonthStats(vo));
		return "stats/deptMonthStats";
	}

}
