package egovframework.minwon.stats.web;

import javax.annotation.Resource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import egovframework.minwon.stats.service.StatsService;
import egovframework.minwon.stats.service.StatsVO;

/**
 * 민원 통계 컨트롤러 (관리자). 통계는 업무 테이블을 직접 집계한다.
 *
 * @author 민원포털 개발팀
 * @since 2015.01.19
 */
@Controller
@RequestMapping("/stats")
public class StatsController {

	@Resource(name = "statsService")
	private StatsService statsService;

	/** 민원 종류별 신청 통계 조회 */
	@RequestMapping("/kndApplStats.do")
	public String kndApplStats(@ModelAttribute("searchVO") StatsVO searchVO, ModelMap model) throws Exception {
		model.addAttribute("resultList", statsService.selectKndApplStats(searchVO));
		return "minwon/stats/KndApplStats";
	}

	/** 처리기한 준수율 통계 조회 */
	@RequestMapping("/tmlmtStats.do")
	public String tmlmtStats(@ModelAttribute("searchVO") StatsVO searchVO, ModelMap model) throws Exception {
		model.addAttribute("resultList", statsService.selectTmlmtStats(searchVO));
		return "minwon/stats/TmlmtStats";
	}

	/** 부서별 민원 처리 통계 조회 */
	@RequestMapping("/deptStats.do")
	public String deptStats(@ModelAttribute("searchVO") StatsVO searchVO, ModelMap model) throws Exception {
		model.addAttribute("resultList", statsService.selectDeptStats(searchVO));
		return "minwon/stats/DeptStats";
	}

	/** 월별 회원 가입 통계 조회 */
	@RequestMapping("/mberStats.do")
	public String mberStats(@ModelAttribute("searchVO") StatsVO searchVO, ModelMap model) throws Exception {
		model.addAttribute("resultList", statsService.selectMberStats(searchVO));
		return "minwon/stats/MberStats";
	}
}
