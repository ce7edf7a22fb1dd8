package egovframework.minwon.cmm.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import egovframework.minwon.cmm.service.CmmnCodeService;
import egovframework.minwon.cmm.service.CmmnCodeVO;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.rte.ptl.mvc.tags.ui.pagination.PaginationInfo;

/**
 * 공통코드 관리 컨트롤러 (관리자)
 *
 * @author 민원포털 개발팀
 * @since 2014.05.12
 */
@Controller
@RequestMapping("/sym/ccm")
public class CmmnCodeController {

	@Resource(name = "cmmnCodeService")
	private CmmnCodeService cmmnCodeService;

	/** 공통코드 목록 조회 */
	@RequestMapping("/cmmnCodeList.do")
	public String cmmnCodeList(@ModelAttribute("searchVO") CmmnCodeVO searchVO, ModelMap model) throws Exception {
		PaginationInfo paginationInfo = new PaginationInfo();
		paginationInfo.setCurrentPageNo(searchVO.getPageIndex());
		paginationInfo.setRecordCountPerPage(searchVO.getPageUnit());
		paginationInfo.setPageSize(searchVO.getPageSize());
		searchVO.setFirstIndex(paginationInfo.getFirstRecordIndex());
		searchVO.setLastIndex(paginationInfo.getLastRecordIndex());

		model.addAttribute("resultList", cmmnCodeService.selectCmmnCodeList(searchVO));
		paginationInfo.setTotalRecordCount(cmmnCodeService.selectCmmnCodeListCnt(searchVO));
		model.addAttribute("paginationInfo", paginationInfo);
		return "minwon/sym/ccm/CmmnCodeList";
	}

	/** 공통코드 등록 */
	@RequestMapping(value = "/cmmnCodeRegist.do", method = RequestMethod.POST)
	public String cmmnCodeRegist(@ModelAttribute("cmmnCodeVO") CmmnCodeVO vo, HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setFrstRegisterId(user.getId());
		cmmnCodeService.insertCmmnCode(vo);
		return "redirect:/sym/ccm/cmmnCodeList.do";
	}

	/** 공통상세코드 목록 조회 */
	@RequestMapping("/cmmnDetailCodeList.do")
	public String cmmnDetailCodeList(@ModelAttribute("searchVO") CmmnCodeVO searchVO, ModelMap model) throws Exception {
		model.addAttribute("resultList", cmmnCodeService.selectCmmnDetailCodeList(searchVO));
		return "minwon/sym/ccm/CmmnDetailCodeList";
	}

	/** 공통상세코드 등록 */
	@RequestMapping(value = "/cmmnDetailCodeRegist.do", method = RequestMethod.POST)
	public String cmmnDetailCodeRegist(@ModelAttribute("cmmnCodeVO") CmmnCodeVO vo, HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setFrstRegisterId(user.getId());
		cmmnCodeService.insertCmmnDetailCode(vo);
		return "redirect:/sym/ccm/cmmnDetailCodeList.do?codeId=" + vo.getCodeId();
	}
}
