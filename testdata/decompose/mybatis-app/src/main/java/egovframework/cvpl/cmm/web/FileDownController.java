package egovframework.cvpl.cmm.web;

import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 첨부파일 다운로드 컨트롤러
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
@RequestMapping("/cmm/fms")
public class FileDownController {

	/** 첨부파일 서비스 */
	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	/**
	 * 첨부파일을 내려받는다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/FileDown.do")
	public String fileDown(FileVO vo, ModelMap model) throws Exception {
		FileVO fvo = fileMngService.selectFileInf(vo);
		model.addAttribute("file", fvo);
		return "cmm/fms/download";
	}

	/**
	 * 첨부파일 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/selectFileInfs.do")
	public String fileList(@RequestParam String atchFileId, ModelMap model) throws Exception {
		model.addAttribute("fileList", fileMngService.selectFileInfs(atchFileId));
		return "cmm/fms/fileList";
	}

	/**
	 * 첨부파일을 삭제한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@PostMapping("/deleteFileInf.do")
	public String deleteFile(FileVO vo) throws Exception {
		fileMngService.deleteFileInf(vo);
		return "forward:/cmm/fms/selectFileInfs.do";
	}

}
