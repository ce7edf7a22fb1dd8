package egovframework.cvpl.proc.web;

import egovframework.cvpl.cmm.service.CmmUseService;
import egovframework.cvpl.cmm.service.ComDefaultCodeVO;
import egovframework.cvpl.cmm.service.FileVO;
import egovframework.cvpl.proc.service.CvplAnswerVO;
import egovframework.cvpl.proc.service.CvplDelayVO;
import egovframework.cvpl.proc.service.CvplProcService;
import egovframework.cvpl.proc.service.CvplProcVO;
import egovframework.cvpl.proc.service.CvplTrnsfVO;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * 민원 처리(담당 공무원) 컨트롤러
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
@RequestMapping("/cvpl/proc")
public class CvplProcController {

	/** 민원 처리 서비스 */
	@Resource(name = "cvplProcService")
	private CvplProcService cvplProcService;

	/** 공통코드 서비스 */
	@Resource(name = "cmmUseService")
	private CmmUseService cmmUseService;

	/**
	 * 처리할 민원 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/todoList.do")
	public String todoList(CvplProcVO vo, ModelMap model) throws Exception {
		model.addAttribute("resultList", cvplProcService.selectTodoList(vo));
		ComDefaultCodeVO codeVO = new ComDefaultCodeVO();
		codeVO.setCodeId("CVP002");
		model.addAttribute("sttusCodes", cmmUseService.selectCmmCodeDetail(codeVO));
		return "cvpl/proc/todoList";
	}

	/**
	 * 민원 처리 상세를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/procDetail.do")
	public String procDetail(@RequestParam("rcptNo") String rcptNo, ModelMap model) throws Exception {
		model.addAttribute("result", cvplProcService.selectProcDetail(rcptNo));
		model.addAttribute("deptList", cvplProcService.selectTrnsfDeptList());
		return "cvpl/proc/procDetail";
	}

	/**
	 * 담당자를 배정한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/assign.do")
	public String assign(CvplProcVO vo) throws Exception {
		cvplProcService.assign(vo);
		return "redirect:/cvpl/proc/todoList.do";
	}

	/**
	 * 민원을 다른 부서로 이송한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/trnsf.do")
	public String trnsf(CvplTrnsfVO vo) throws Exception {
		cvplProcService.trnsf(vo);
		return "redirect:/cvpl/proc/todoList.do";
	}

	/**
	 * 답변을 등록하고 결재를 올린다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/answerRegist.do")
	public String answerRegist(final MultipartHttpServletRequest multiRequest, CvplAnswerVO vo) throws Exception {
		List<FileVO> files = fileUtil.parseFileInf(multiRequest.getFileMap(), "ANS_", 0, "", "");
		cvplProcService.registAnswer(vo, files);
		return "redirect:/cvpl/proc/procDetail.do";
	}

	/**
	 * 처리기한을 연장한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/delayRegist.do")
	public String delayRegist(CvplDelayVO vo) throws Exception {
		cvplProcService.registDelay(vo);
		return "redirect:/cvpl/proc/procDetail.do";
	}

	/**
	 * 담당자별 만족도를 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@GetMapping("/satisfcStats.do")
	public String satisfcStats(CvplProcVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", cvplProcService.selectSatisfcAvg(vo));
		return "cvpl/proc/satisfcStats";
	}

}
