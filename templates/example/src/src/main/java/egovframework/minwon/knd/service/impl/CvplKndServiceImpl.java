package egovframework.minwon.knd.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.FileVO;
import egovframework.minwon.knd.service.CvplKndService;
import egovframework.minwon.knd.service.CvplKndVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 종류·서식 관리 서비스 구현
 */
@Service("cvplKndService")
public class CvplKndServiceImpl extends EgovAbstractServiceImpl implements CvplKndService {

	@Resource(name = "cvplKndDAO")
	private CvplKndDAO cvplKndDAO;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Override
	public List<EgovMap> selectKndList(CvplKndVO searchVO) throws Exception {
		return cvplKndDAO.selectKndList(searchVO);
	}

	@Override
	public CvplKndVO selectKnd(String cvplKndCode) throws Exception {
		return cvplKndDAO.selectKnd(cvplKndCode);
	}

	@Override
	public List<EgovMap> selectFormList(String cvplKndCode) throws Exception {
		return cvplKndDAO.selectFormList(cvplKndCode);
	}

	@Override
	public List<EgovMap> selectKndItemList(String cvplKndCode) throws Exception {
		return cvplKndDAO.selectKndItemList(cvplKndCode);
	}

	@Override
	public void insertKndItem(CvplKndVO vo) throws Exception {
		cvplKndDAO.insertKndItem(vo);
	}

	@Override
	public void insertKnd(CvplKndVO vo) throws Exception {
		cvplKndDAO.insertKnd(vo);
	}

	@Override
	public void updateKnd(CvplKndVO vo) throws Exception {
		cvplKndDAO.updateKnd(vo);
	}

	@Override
	public void insertForm(CvplKndVO vo, List<FileVO> files) throws Exception {
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		cvplKndDAO.insertForm(vo);
	}

	@Override
	public void deleteForm(String formId) throws Exception {
		cvplKndDAO.deleteForm(formId);
	}
}
