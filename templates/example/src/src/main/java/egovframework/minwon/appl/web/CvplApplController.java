package egovframework.minwon.appl.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import egovframework.minwon.appl.service.CvplApplService;
import egovframework.minwon.appl.service.CvplApplVO;
import egovframework.minwon.cmm.service.CmmnCodeService;
import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.EgovFileMngUtil;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.minwon.knd.service.CvplKndService;
import egovframework.minwon.mber.service.MberService;
import egovframework.rte.psl.dataaccess.util.EgovMap;
import egovframework.rte.ptl.mvc.tags.ui.pagination.PaginationInfo;

/**
 * 민원 신청·접수 컨트롤러
 *
 * @author 민원포털 개발팀
 * @since 2014.05.12
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2014.05.12  김민수          최초 생성
 *  2016.03.02  김민수          담당공무원 접수 기능 추가
 *  2020.11.16  최지훈          신청 항목 입력 추가
 * </pre>
 */
@Controller
@RequestMapping("/cvpl/appl")
public class CvplApplController {

	@Resource(name = "cvplApplService")
	private CvplApplService cvplApplService;

	@Resource(name = "cvplKndService")
	private CvplKndService cvplKndService;

	@Resource(name = "mberService")
	private MberService mberService;

	@Resource(name = "cmmnCodeService")
	private CmmnCodeService cmmnCodeService;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Resource(name = "EgovFileMngUtil")
	private EgovFileMngUtil fileUtil;

	/** 민원 신청 목록 조회 */
	@RequestMapping("/applList.do")
	public String applList(@ModelAttribute("searchVO") CvplApplVO searchVO, HttpSession session, ModelMap model) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		searchVO.setMberId(user.getId());
		searchVO.setUserSe(user.getUserSe());
		searchVO.setDeptCode(user.getDeptCode());

		PaginationInfo paginationInfo = new PaginationInfo();
		paginationInfo.setCurrentPageNo(searchVO.getPageIndex());
		paginationInfo.setRecordCountPerPage(searchVO.getPageUnit());
		paginationInfo.setPageSize(searchVO.getPageSize());
		searchVO.setFirstIndex(paginationInfo.getFirstRecordIndex());
		searchVO.setLastIndex(paginationInfo.getLastRecordIndex());

		model.addAttribute("resultList", cvplApplService.selectApplList(searchVO));
		paginationInfo.setTotalRecordCount(cvplApplService.selectApplListCnt(searchVO));
		model.addAttribute("paginationInfo", paginationInfo);
		model.addAttribute("sttusList", cmmnCodeService.selectCmmCodeDetail("CVP001"));
		return "minwon/cvpl/appl/ApplList";
	}

	/** 민원 신청 화면 */
	@RequestMapping("/applRegistView.do")
	public String applRegistView(@RequestParam("cvplKndCode") String cvplKndCode, HttpSession session, ModelMap model) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		model.addAttribute("knd", cvplKndService.selectKnd(cvplKndCode));
		model.addAttribute("formList", cvplKndService.selectFormList(cvplKndCode));
		model.addAttribute("itemList", cvplKndService.selectKndItemList(cvplKndCode));
		model.addAttribute("aplcnt", mberService.selectMber(user.getId()));
		model.addAttribute("recptnMthdList", cmmnCodeService.selectCmmCodeDetail("CVP002"));
		return "minwon/cvpl/appl/ApplRegist";
	}

	/** 민원 신청 등록 */
	@RequestMapping(value = "/applRegist.do", method = RequestMethod.POST)
	public String applRegist(MultipartHttpServletRequest multiRequest, @ModelAttribute("cvplApplVO") CvplApplVO vo,
			HttpSession session, ModelMap model) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setMberId(user.getId());
		String applNo = cvplApplService.insertAppl(vo, fileUtil.parseFileInf(multiRequest.getFileMap(), "CVPL_"));
		model.addAttribute("applNo", applNo);
		return "minwon/cvpl/appl/ApplComplete";
	}

	/** 민원 신청 상세 조회 */
	@RequestMapping("/applDetail.do")
	public String applDetail(@RequestParam("applNo") String applNo, ModelMap model) throws Exception {
		EgovMap appl = cvplApplService.selectAppl(applNo);
		model.addAttribute("result", appl);
		model.addAttribute("itemList", cvplApplService.selectApplItemList(applNo));
		model.addAttribute("fileList", fileMngService.selectFileInfs((String) appl.get("atchFileId")));
		return "minwon/cvpl/appl/ApplDetail";
	}

	/** 민원 신청 취하 */
	@RequestMapping(value = "/applWithdraw.do", method = RequestMethod.POST)
	public String applWithdraw(@ModelAttribute("cvplApplVO") CvplApplVO vo, HttpSession session,
			RedirectAttributes redirectAttributes) throws Exception {
		vo.setMberId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		if (cvplApplService.withdrawAppl(vo) == 0) {
			redirectAttributes.addFlashAttribute("message", "이미 접수된 민원은 취하할 수 없습니다.");
			return "redirect:/cvpl/appl/applDetail.do?applNo=" + vo.getApplNo();
		}
		return "redirect:/cvpl/appl/applList.do";
	}

	/** 민원 접수 처리 (담당공무원) */
	@RequestMapping(value = "/rcptRegist.do", method = RequestMethod.POST)
	public String rcptRegist(@ModelAttribute("cvplApplVO") CvplApplVO vo, HttpSession session) throws Exception {
		LoginVO user = (LoginVO) session.getAttribute(LoginVO.SESSION_KEY);
		vo.setRegisterId(user.getId());
		if (vo.getChargerId() == null || "".equals(vo.getChargerId())) {
			vo.setChargerId(user.getId());
		}
		cvplApplService.insertRcpt(vo);
		return "redirect:/cvpl/appl/applList.do";
	}
}
