package egovframework.cvpl.rcpt.web;

import egovframework.cvpl.cmm.service.CmmUseService;
import egovframework.cvpl.cmm.service.ComDefaultCodeVO;
import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import egovframework.cvpl.rcpt.service.CvplRcptService;
import egovframework.cvpl.rcpt.service.CvplRcptVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * 민원 신청·접수 컨트롤러
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
@RequestMapping("/cvpl/rcpt")
public class CvplRcptController {

	/** 민원 접수 서비스 */
	@Resource(name = "cvplRcptService")
	private CvplRcptService cvplRcptService;

	/** 공통코드 서비스 */
	@Resource(name = "cmmUseService")
	private CmmUseService cmmUseService;

	/** 첨부파일 서비스 */
	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	/**
	 * 민원 접수 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping(value = "/rcptList.do")
	public String rcptList(@ModelAttribute("searchVO") CvplRcptVO searchVO, ModelMap model) throws Exception {
		Map<String, Object> map = cvplRcptService.selectRcptList(searchVO);
		model.addAttribute("resultList", map.get("resultList"));
		ComDefaultCodeVO codeVO = new ComDefaultCodeVO();
		codeVO.setCodeId("CVP001");
		model.addAttribute("sttusCodes", cmmUseService.selectCmmCodeDetail(codeVO));
		return "cvpl/rcpt/rcptList";
	}

	/**
	 * 민원 신청 화면을 보여준다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@GetMapping("/rcptRegistView.do")
	public String rcptRegistView(ModelMap model) throws Exception {
		model.addAttribute("kndList", cvplRcptService.selectKndList());
		return "cvpl/rcpt/rcptRegist";
	}

	/**
	 * 민원 신청을 접수한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/rcptRegist.do")
	public String rcptRegist(final MultipartHttpServletRequest multiRequest, @ModelAttribute("cvplRcptVO") CvplRcptVO vo, ModelMap model) throws Exception {
		List<FileVO> files = fileUtil.parseFileInf(multiRequest.getFileMap(), "CVPL_", 0, "", "");
		String rcptNo = cvplRcptService.insertRcpt(vo, files);
		model.addAttribute("rcptNo", rcptNo);
		return "cvpl/rcpt/rcptComplete";
	}

	/**
	 * 민원 접수 상세를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/rcptDetail.do")
	public String rcptDetail(CvplRcptVO vo, ModelMap model) throws Exception {
		CvplRcptVO detail = cvplRcptService.selectRcptDetail(vo);
		model.addAttribute("result", detail);
		model.addAttribute("fileList", fileMngService.selectFileInfs(detail.getAtchFileId()));
		ComDefaultCodeVO codeVO = new ComDefaultCodeVO();
		codeVO.setCodeId("CVP001");
		model.addAttribute("sttusCodes", cmmUseService.selectCmmCodeDetail(codeVO));
		return "cvpl/rcpt/rcptDetail";
	}

	/**
	 * 민원을 취하한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/rcptWithdraw.do")
	public String rcptWithdraw(CvplRcptVO vo) throws Exception {
		cvplRcptService.withdrawRcpt(vo);
		return "redirect:/mypage/myCvplList.do";
	}

}
