package egovframework.cvpl.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.service.FileVO;

/**
 * 파일정보 관리를 위한 데이터 처리 클래스
 */
@Repository("FileManageDAO")
public class FileManageDAO extends EgovComAbstractDAO {

	public void insertFileMaster(String atchFileId) throws Exception {
		insert("FileManage.insertFileMaster", atchFileId);
	}

	public void insertFileDetail(FileVO vo) throws Exception {
		insert("FileManage.insertFileDetail", vo);
	}

	public List<FileVO> selectFileList(String atchFileId) throws Exception {
		return selectList("FileManage.selectFileList", atchFileId);
	}

	public FileVO selectFileInf(FileVO vo) throws Exception {
		return (FileVO) selectOne("FileManage.selectFileInf", vo);
	}

	public void deleteFileDetail(FileVO vo) throws Exception {
		delete("FileManage.deleteFileDetail", vo);
	}
}
