package egovframework.minwon.cmm.service;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * 업로드 파일을 저장 경로에 기록하고 첨부파일 정보를 만든다.
 */
@Component("EgovFileMngUtil")
public class EgovFileMngUtil {

	@Value("${Globals.fileStorePath}")
	private String fileStorePath;

	public List<FileVO> parseFileInf(Map<String, MultipartFile> files, String prefix) throws Exception {
		List<FileVO> result = new ArrayList<FileVO>();
		String storePath = fileStorePath + prefix + File.separator;
		File dir = new File(storePath);
		if (!dir.exists() && !dir.mkdirs()) {
			throw new IllegalStateException("첨부파일 저장 경로를 만들 수 없습니다: " + storePath);
		}
		for (MultipartFile file : files.values()) {
			String orignlFileNm = file.getOriginalFilename();
			if (orignlFileNm == null || "".equals(orignlFileNm)) {
				continue;
			}
			int dot = orignlFileNm.lastIndexOf('.');
			String streFileNm = prefix + UUID.randomUUID().toString().replace("-", "");
			file.transferTo(new File(storePath + streFileNm));

			FileVO vo = new FileVO();
			vo.setFileStreCours(storePath);
			vo.setStreFileNm(streFileNm);
			vo.setOrignlFileNm(orignlFileNm);
			vo.setFileExtsn(dot < 0 ? "" : orignlFileNm.substring(dot + 1));
			vo.setFileMg(file.getSize());
			result.add(vo);
		}
		return result;
	}
}
