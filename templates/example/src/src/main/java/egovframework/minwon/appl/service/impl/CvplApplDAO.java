package egovframework.minwon.appl.service.impl;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import egovframework.minwon.appl.service.CvplApplVO;
import egovframework.minwon.cmm.service.impl.ComAbstractDAO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 신청·접수 DAO
 * @see CvplAppl_SQL.xml
 */
@Repository("cvplApplDAO")
public class CvplApplDAO extends ComAbstractDAO {

	public List<EgovMap> selectApplList(CvplApplVO searchVO) throws Exception {
		return selectList("CvplAppl.selectApplList", searchVO);
	}

	public int selectApplListCnt(CvplApplVO searchVO) throws Exception {
		return (Integer) selectOne("CvplAppl.selectApplListCnt", searchVO);
	}

	public EgovMap selectAppl(String applNo) throws Exception {
		return selectOne("CvplAppl.selectAppl", applNo);
	}

	public List<EgovMap> selectApplItemList(String applNo) throws Exception {
		return selectList("CvplAppl.selectApplItemList", applNo);
	}

	public void insertAppl(CvplApplVO vo) throws Exception {
		insert("CvplAppl.insertAppl", vo);
	}

	public void insertApplItem(Map<String, Object> item) throws Exception {
		insert("CvplAppl.insertApplItem", item);
	}

	public int withdrawAppl(CvplApplVO vo) throws Exception {
		return update("CvplAppl.withdrawAppl", vo);
	}

	public void insertRcpt(CvplApplVO vo) throws Exception {
		insert("CvplAppl.insertRcpt", vo);
	}

	public void updateApplSttus(CvplApplVO vo) throws Exception {
		update("CvplAppl.updateApplSttus", vo);
	}
}
