package egovframework.lib.cmm.service.impl;

import egovframework.lib.cmm.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 첨부파일 관리 구현
 * @author 김철수
 * @since 2014.06.02
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2014.06.02  김철수          최초 생성
 * </pre>
 */
@Service("EgovFileMngService")
public class EgovFileMngServiceImpl extends AbstractServiceImpl implements EgovFileMngService {

	@Resource(name="FileManageDAO")
	private FileManageDAO fileMngDAO;

	/**
	 * 첨부파일을 등록한다.
	 */
	public String insertFileInfs(List fvoList) throws Exception {
		String atchFileId = "";
		if (fvoList.size() != 0) {
		    FileVO vo = (FileVO) fvoList.get(0);
		    atchFileId = vo.getAtchFileId();
		    fileMngDAO.insertFileMaster(vo);
		    for (int i = 0; i < fvoList.size(); i++) {
		        fileMngDAO.insertFileDetail((FileVO) fvoList.get(i));
		    }
		}
		return atchFileId;
	}

	/**
	 * 첨부파일 목록
	 */
	public List selectFileInfs(FileVO vo) throws Exception {
		return fileMngDAO.selectFileList(vo);
	}

}
