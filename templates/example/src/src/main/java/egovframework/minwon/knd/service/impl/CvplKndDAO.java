package egovframework.minwon.knd.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.minwon.cmm.service.impl.ComAbstractDAO;
import egovframework.minwon.knd.service.CvplKndVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 종류·서식 DAO
 * @see CvplKnd_SQL.xml
 */
@Repository("cvplKndDAO")
public class CvplKndDAO extends ComAbstractDAO {

	public List<EgovMap> selectKndList(CvplKndVO searchVO) throws Exception {
		return selectList("CvplKnd.selectKndList", searchVO);
	}

	public CvplKndVO selectKnd(String cvplKndCode) throws Exception {
		return selectOne("CvplKnd.selectKnd", cvplKndCode);
	}

	public List<EgovMap> selectFormList(String cvplKndCode) throws Exception {
		return selectList("CvplKnd.selectFormList", cvplKndCode);
	}

	public List<EgovMap> selectKndItemList(String cvplKndCode) throws Exception {
		return selectList("CvplKnd.selectKndItemList", cvplKndCode);
	}

	public void insertKndItem(CvplKndVO vo) throws Exception {
		insert("CvplKnd.insertKndItem", vo);
	}

	public void insertKnd(CvplKndVO vo) throws Exception {
		insert("CvplKnd.insertKnd", vo);
	}

	public void updateKnd(CvplKndVO vo) throws Exception {
		update("CvplKnd.updateKnd", vo);
	}

	public void insertForm(CvplKndVO vo) throws Exception {
		insert("CvplKnd.insertForm", vo);
	}

	public void deleteForm(String formId) throws Exception {
		update("CvplKnd.deleteForm", formId);
	}
}
