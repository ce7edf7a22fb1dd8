package egovframework.minwon.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.minwon.cmm.service.FileVO;

/**
 * 첨부파일 DAO
 * @see FileManage_SQL.xml
 */
@Repository("fileManageDAO")
public class FileManageDAO extends ComAbstractDAO {

	/** 첨부파일 마스터를 등록한다. selectKey로 첨부파일 ID가 채워진다. */
	public void insertFileMaster(FileVO vo) throws Exception {
		insert("FileManage.insertFileMaster", vo);
	}

	public void insertFileDetail(FileVO vo) throws Exception {
		insert("FileManage.insertFileDetail", vo);
	}

	public List<FileVO> selectFileInfs(String atchFileId) throws Exception {
		return selectList("FileManage.selectFileList", atchFileId);
	}

	public FileVO selectFileInf(FileVO vo) throws Exception {
		return selectOne("FileManage.selectFileInf", vo);
	}

	public void deleteFileMaster(String atchFileId) throws Exception {
		update("FileManage.deleteFileMaster", atchFileId);
	}

	public void deleteFileDetails(String atchFileId) throws Exception {
		delete("FileManage.deleteFileDetails", atchFileId);
	}
}
