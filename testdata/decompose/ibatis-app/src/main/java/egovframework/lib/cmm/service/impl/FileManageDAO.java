package egovframework.lib.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.cmm.service.*;

/**
 * FileManageDAO 데이터 접근 클래스
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
@Repository("FileManageDAO")
public class FileManageDAO extends EgovAbstractDAO {

	/**
	 * insertFileMaster
	 */
	public void insertFileMaster(FileVO vo) throws Exception {
		insert("FileManageDAO.insertFileMaster", vo);
	}

	/**
	 * insertFileDetail
	 */
	public void insertFileDetail(FileVO vo) throws Exception {
		insert("FileManageDAO.insertFileDetail", vo);
	}

	/**
	 * selectFileList
	 */
	public List selectFileList(FileVO vo) throws Exception {
		return list("FileManageDAO.selectFileList", vo);
	}
}
