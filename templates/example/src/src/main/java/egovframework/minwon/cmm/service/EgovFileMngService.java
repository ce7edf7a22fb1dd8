package egovframework.minwon.cmm.service;

import java.util.List;

/**
 * 첨부파일 관리 서비스
 */
public interface EgovFileMngService {

	/** 첨부파일 정보를 등록하고 첨부파일 ID를 돌려준다. */
	String insertFileInfs(List<FileVO> files) throws Exception;

	/** 첨부파일 목록 */
	List<FileVO> selectFileInfs(String atchFileId) throws Exception;

	/** 첨부파일 한 건 */
	FileVO selectFileInf(FileVO vo) throws Exception;

	/** 첨부파일 삭제 (사용 안 함 처리) */
	void deleteFileInfs(String atchFileId) throws Exception;
}
