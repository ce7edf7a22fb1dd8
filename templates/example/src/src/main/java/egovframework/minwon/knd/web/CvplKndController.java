package egovframework.minwon.knd.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import egovframework.minwon.cmm.service.CmmnCodeService;
import egovframework.minwon.cmm.service.EgovFileMngUtil;
import egovframework.minwon.cmm.service.LoginVO;
import egovframework.minwon.knd.service.CvplKndService;
import egovframework.minwon.knd.service.CvplKndVO;

/**
 * 민원 종류·서식 관리 컨트롤러 (관리자)
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
 *  2017.08.01  박준호          민원 서식 파일 관리 추가
 *  2020.11.16  최지훈          민원 종류별 신청 항목 정의 추가
 * </pre>
 */
@Controller
@RequestMapping("/cvpl/knd")
public class CvplKndController {

	@Resource(name = "cvplKndService")
	private CvplKndService cvplKndService;

	@Resource(name = "cmmnCodeService")
	private CmmnCodeService cmmnCodeService;

	@Resource(name = "EgovFileMngUtil")
	private EgovFileMngUtil fileUtil;

	/** 민원 종류 목록 조회 */
	@RequestMapping("/kndList.do")
	public String kndList(@ModelAttribute("searchVO") CvplKndVO searchVO, ModelMap model) throws Exception {
		model.addAttribute("resultList", cvplKndService.selectKndList(searchVO));
		return "minwon/cvpl/knd/KndList";
	}

	/** 민원 종류 상세 조회 */
	@RequestMapping("/kndDetail.do")
	public String kndDetail(@RequestParam("cvplKndCode") String cvplKndCode, ModelMap model) throws Exception {
		model.addAttribute("result", cvplKndService.selectKnd(cvplKndCode));
		model.addAttribute("formList", cvplKndService.selectFormList(cvplKndCode));
		model.addAttribute("itemList", cvplKndService.selectKndItemList(cvplKndCode));
		model.addAttribute("deptList", cmmnCodeService.selectCmmCodeDetail("COM050"));
		return "minwon/cvpl/knd/KndDetail";
	}

	/** 민원 종류 등록 */
	@RequestMapping(value = "/kndRegist.do", method = RequestMethod.POST)
	public String kndRegist(@ModelAttribute("cvplKndVO") CvplKndVO vo, HttpSession session) throws Exception {
		vo.setRegisterId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplKndService.insertKnd(vo);
		return "redirect:/cvpl/knd/kndList.do";
	}

	/** 민원 종류 수정 */
	@RequestMapping(value = "/kndUpdt.do", method = RequestMethod.POST)
	public String kndUpdt(@ModelAttribute("cvplKndVO") CvplKndVO vo, HttpSession session) throws Exception {
		vo.setRegisterId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplKndService.updateKnd(vo);
		return "redirect:/cvpl/knd/kndDetail.do?cvplKndCode=" + vo.getCvplKndCode();
	}

	/** 민원 신청 항목 등록 */
	@RequestMapping(value = "/itemRegist.do", method = RequestMethod.POST)
	public String itemRegist(@ModelAttribute("cvplKndVO") CvplKndVO vo, HttpSession session) throws Exception {
		vo.setRegisterId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplKndService.insertKndItem(vo);
		return "redirect:/cvpl/knd/kndDetail.do?cvplKndCode=" + vo.getCvplKndCode();
	}

	/** 민원 서식 등록 */
	@RequestMapping(value = "/formRegist.do", method = RequestMethod.POST)
	public String formRegist(MultipartHttpServletRequest multiRequest, @ModelAttribute("cvplKndVO") CvplKndVO vo,
			HttpSession session) throws Exception {
		vo.setRegisterId(((LoginVO) session.getAttribute(LoginVO.SESSION_KEY)).getId());
		cvplKndService.insertForm(vo, fileUtil.parseFileInf(multiRequest.getFileMap(), "FORM_"));
		return "redirect:/cvpl/knd/kndDetail.do?cvplKndCode=" + vo.getCvplKndCode();
	}

	/** 민원 서식 삭제 */
	@RequestMapping(value = "/formDelete.do", method = RequestMethod.POST)
	public String formDelete(@RequestParam("formId") String formId, @RequestParam("cvplKndCode") String cvplKndCode)
			throws Exception {
		cvplKndService.deleteForm(formId);
		return "redirect:/cvpl/knd/kndDetail.do?cvplKndCode=" + cvplKndCode;
	}
}
