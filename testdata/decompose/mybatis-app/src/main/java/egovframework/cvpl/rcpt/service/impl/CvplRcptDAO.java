package egovframework.cvpl.rcpt.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.service.impl.EgovComAbstractDAO;
import egovframework.cvpl.rcpt.service.CvplKndVO;
import egovframework.cvpl.rcpt.service.CvplRcptVO;

/**
 * 민원 접수 DAO
 *
 * @see CvplRcpt_SQL.xml
 */
@Repository("cvplRcptDAO")
public class CvplRcptDAO extends EgovComAbstractDAO {

	public List<?> selectRcptList(CvplRcptVO vo) throws Exception {
		return selectList("CvplRcpt.selectRcptList", vo);
	}

	public int selectRcptListCnt(CvplRcptVO vo) throws Exception {
		return (Integer) selectOne("CvplRcpt.selectRcptListCnt", vo);
	}

	public CvplRcptVO selectRcptDetail(CvplRcptVO vo) throws Exception {
		return (CvplRcptVO) selectOne("CvplRcpt.selectRcptDetail", vo);
	}

	public List<?> selectHistList(String rcptNo) throws Exception {
		return selectList("CvplRcpt.selectHistList", rcptNo);
	}

	public void insertRcpt(CvplRcptVO vo) throws Exception {
		insert("CvplRcpt.insertRcpt", vo);
	}

	public void insertAplcnt(CvplRcptVO vo) throws Exception {
		insert("CvplRcpt.insertAplcnt", vo);
	}

	public void insertRcptHist(CvplRcptVO vo) throws Exception {
		insert("CvplRcpt.insertRcptHist", vo);
	}

	public void updateRcptSttus(CvplRcptVO vo) throws Exception {
		update("CvplRcpt.updateRcptSttus", vo);
	}

	public void withdrawRcpt(CvplRcptVO vo) throws Exception {
		update("CvplRcpt.withdrawRcpt", vo);
	}

	public List<?> selectMyRcptList(CvplRcptVO vo) throws Exception {
		return selectList("CvplRcpt.selectMyRcptList", vo);
	}

	public List<?> selectKndList() throws Exception {
		return selectList("CvplRcpt.selectKndList");
	}

	public CvplKndVO selectKnd(String code) throws Exception {
		return selectOne("CvplRcpt.selectKnd", code);
	}

	public void insertKnd(CvplKndVO vo) throws Exception {
		insert("CvplRcpt.insertKnd", vo);
	}

	public void updateKnd(CvplKndVO vo) throws Exception {
		update("CvplRcpt.updateKnd", vo);
	}
}
