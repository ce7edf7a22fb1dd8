package egovframework.minwon.cmm.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.FileVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;

/**
 * 첨부파일 관리 서비스 구현
 */
@Service("EgovFileMngService")
public class EgovFileMngServiceImpl extends EgovAbstractServiceImpl implements EgovFileMngService {

	@Resource(name = "fileManageDAO")
	private FileManageDAO fileManageDAO;

	@Override
	public String insertFileInfs(List<FileVO> files) throws Exception {
		if (files == null || files.isEmpty()) {
			return null;
		}
		FileVO master = new FileVO();
		fileManageDAO.insertFileMaster(master);
		int fileSn = 0;
		for (FileVO vo : files) {
			vo.setAtchFileId(master.getAtchFileId());
			vo.setFileSn(fileSn++);
			fileManageDAO.insertFileDetail(vo);
		}
		return master.getAtchFileId();
	}

	@Override
	public List<FileVO> selectFileInfs(String atchFileId) throws Exception {
		return fileManageDAO.selectFileInfs(atchFileId);
	}

	@Override
	public FileVO selectFileInf(FileVO vo) throws Exception {
		return fileManageDAO.selectFileInf(vo);
	}

	@Override
	public void deleteFileInfs(String atchFileId) throws Exception {
		fileManageDAO.deleteFileDetails(atchFileId);
		fileManageDAO.deleteFileMaster(atchFileId);
	}
}
