package egovframework.minwon.cmm.web;

import java.io.File;
import java.io.FileInputStream;
import java.net.URLEncoder;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.util.FileCopyUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.FileVO;

/**
 * 첨부파일 다운로드·삭제 컨트롤러
 *
 * @author 민원포털 개발팀
 * @since 2014.05.12
 */
@Controller
@RequestMapping("/cmm/fms")
public class FileDownController {

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	/** 첨부파일 다운로드 */
	@RequestMapping("/fileDown.do")
	public void fileDown(@RequestParam("atchFileId") String atchFileId, @RequestParam("fileSn") int fileSn,
			HttpServletResponse response) throws Exception {
		FileVO key = new FileVO();
		key.setAtchFileId(atchFileId);
		key.setFileSn(fileSn);
		FileVO fvo = fileMngService.selectFileInf(key);
		File file = new File(fvo.getFileStreCours(), fvo.getStreFileNm());

		response.setContentType("application/octet-stream");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + URLEncoder.encode(fvo.getOrignlFileNm(), "UTF-8").replace("+", "%20") + "\"");
		response.setContentLength((int) file.length());
		FileCopyUtils.copy(new FileInputStream(file), response.getOutputStream());
	}

	/** 첨부파일 삭제 */
	@RequestMapping(value = "/deleteFileInfs.do", method = RequestMethod.POST)
	public String deleteFileInfs(@RequestParam("atchFileId") String atchFileId,
			@RequestParam("returnUrl") String returnUrl) throws Exception {
		fileMngService.deleteFileInfs(atchFileId);
		return "redirect:" + returnUrl;
	}
}
