package egovframework.minwon.proc.web;

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
import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.EgovFileMngUtil;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.minwon.proc.service.CvplProcessService;
import egovframework.minwon.proc.service.CvplProcessVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 처리·결재 컨트롤러 (담당공무원)
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
 *  2018.06.11  박준호          다단계 결재선 적용
 *  2021.04.05  최지훈          처리기간 연장 추가
 * </pre>
 */
@Controller
@RequestMapping("/cvpl/proc")
public class CvplProcessController {

	@Resource(name = "cvplProcessService")
	private CvplProcessService cvplProcessService;

	@Resource(name = "cvplApplService")
	private CvplApplService cvplApplService;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Resource(name = "EgovFileMngUtil")
	private EgovFileMngUtil fileUtil;

	/** 민원 처리 대상 목록 조회 */
	@RequestMapping("/processList.do")
	public String processList(@ModelAttribute("searchVO") CvplProcessVO searchVO, HttpSession session, ModelMap model) throws Exception {
		searchVO.setUserId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		model.addAttribute("resultList", cvplProcessService.selectProcessTargetList(searchVO));
		return "minwon/cvpl/proc/ProcessList";
	}

	/** 민원 처리 상세 조회 */
	@RequestMapping("/processDetail.do")
	public String processDetail(@RequestParam("rcptNo") String rcptNo, ModelMap model) throws Exception {
		EgovMap detail = cvplProcessService.selectProcessDetail(rcptNo);
		model.addAttribute("result", detail);
		model.addAttribute("itemList", cvplApplService.selectApplItemList((String) detail.get("applNo")));
		model.addAttribute("applFileList", fileMngService.selectFileInfs((String) detail.get("atchFileId")));
		model.addAttribute("histList", cvplProcessService.selectProcessHistList(rcptNo));
		model.addAttribute("sanctnList", cvplProcessService.selectSanctnList(rcptNo));
		model.addAttribute("extnList", cvplProcessService.selectPdExtnList(rcptNo));
		return "minwon/cvpl/proc/ProcessDetail";
	}

	/** 민원 처리 결과 등록 (결재 요청 또는 임시저장) */
	@RequestMapping(value = "/processRegist.do", method = RequestMethod.POST)
	public String processRegist(MultipartHttpServletRequest multiRequest, @ModelAttribute("cvplProcessVO") CvplProcessVO vo,
			HttpSession session) throws Exception {
		vo.setUserId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplProcessService.insertProcess(vo, fileUtil.parseFileInf(multiRequest.getFileMap(), "PROC_"));
		return "redirect:/cvpl/proc/processDetail.do?rcptNo=" + vo.getRcptNo();
	}

	/** 민원 처리 내용 수정 (임시저장·반려 건) */
	@RequestMapping(value = "/processUpdt.do", method = RequestMethod.POST)
	public String processUpdt(@ModelAttribute("cvplProcessVO") CvplProcessVO vo, HttpSession session,
			RedirectAttributes redirectAttributes) throws Exception {
		vo.setUserId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		if (cvplProcessService.updateProcess(vo) == 0) {
			redirectAttributes.addFlashAttribute("message", "결재 중이거나 완료된 처리 내용은 수정할 수 없습니다.");
		}
		return "redirect:/cvpl/proc/processDetail.do?rcptNo=" + vo.getRcptNo();
	}

	/** 민원 처리기간 연장 */
	@RequestMapping(value = "/pdExtn.do", method = RequestMethod.POST)
	public String pdExtn(@ModelAttribute("cvplProcessVO") CvplProcessVO vo, HttpSession session) throws Exception {
		vo.setUserId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplProcessService.insertPdExtn(vo);
		return "redirect:/cvpl/proc/processDetail.do?rcptNo=" + vo.getRcptNo();
	}

	/** 결재 대기 목록 조회 */
	@RequestMapping("/sanctnList.do")
	public String sanctnList(@ModelAttribute("searchVO") CvplProcessVO searchVO, HttpSession session, ModelMap model) throws Exception {
		searchVO.setUserId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		model.addAttribute("resultList", cvplProcessService.selectSanctnWaitList(searchVO));
		return "minwon/cvpl/proc/SanctnList";
	}

	/** 민원 처리 결재 (승인·반려) */
	@RequestMapping(value = "/sanctnConfirm.do", method = RequestMethod.POST)
	public String sanctnConfirm(@ModelAttribute("cvplProcessVO") CvplProcessVO vo, HttpSession session) throws Exception {
		vo.setUserId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplProcessService.confirmSanctn(vo);
		return "redirect:/cvpl/proc/sanctnList.do";
	}
}
