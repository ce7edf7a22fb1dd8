package egovframework.cvpl.cmm.service.impl;

import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 첨부파일 관리 서비스 구현
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
@Service("EgovFileMngService")
public class EgovFileMngServiceImpl extends EgovAbstractServiceImpl implements EgovFileMngService {

	@Resource(name = "FileManageDAO")
	private FileManageDAO fileMngDAO;

	@Override
	public String insertFileInfs(List<FileVO> files) throws Exception {
		String atchFileId = idgenService.getNextStringId();
		fileMngDAO.insertFileMaster(atchFileId);
		for (FileVO vo : files) {
			vo.setAtchFileId(atchFileId);
			fileMngDAO.insertFileDetail(vo);
		}
		return atchFileId;
	}

	@Override
	public List<FileVO> selectFileInfs(String atchFileId) throws Exception {
		return fileMngDAO.selectFileList(atchFileId);
	}

	@Override
	public FileVO selectFileInf(FileVO vo) throws Exception {
		return fileMngDAO.selectFileInf(vo);
	}

	@Override
	public void deleteFileInf(FileVO vo) throws Exception {
		fileMngDAO.deleteFileDetail(vo);
	}

}
