package egovframework.minwon.proc.service.impl;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import egovframework.minwon.cmm.service.impl.ComAbstractDAO;
import egovframework.minwon.proc.service.CvplProcessVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 처리·결재 DAO
 * @see CvplProcess_SQL.xml
 */
@Repository("cvplProcessDAO")
public class CvplProcessDAO extends ComAbstractDAO {

	public List<EgovMap> selectProcessTargetList(CvplProcessVO searchVO) throws Exception {
		return selectList("CvplProcess.selectProcessTargetList", searchVO);
	}

	public EgovMap selectProcessDetail(String rcptNo) throws Exception {
		return selectOne("CvplProcess.selectProcessDetail", rcptNo);
	}

	public List<EgovMap> selectProcessHistList(String rcptNo) throws Exception {
		return selectList("CvplProcess.selectProcessHistList", rcptNo);
	}

	public List<EgovMap> selectSanctnList(String rcptNo) throws Exception {
		return selectList("CvplProcess.selectSanctnList", rcptNo);
	}

	public void insertProcess(CvplProcessVO vo) throws Exception {
		insert("CvplProcess.insertProcess", vo);
	}

	public int updateProcess(CvplProcessVO vo) throws Exception {
		return update("CvplProcess.updateProcess", vo);
	}

	public void insertSanctn(Map<String, Object> sanctn) throws Exception {
		insert("CvplProcess.insertSanctn", sanctn);
	}

	public List<EgovMap> selectPdExtnList(String rcptNo) throws Exception {
		return selectList("CvplProcess.selectPdExtnList", rcptNo);
	}

	public void insertPdExtn(CvplProcessVO vo) throws Exception {
		insert("CvplProcess.insertPdExtn", vo);
	}

	public List<EgovMap> selectSanctnWaitList(CvplProcessVO searchVO) throws Exception {
		return selectList("CvplProcess.selectSanctnWaitList", searchVO);
	}

	public EgovMap selectSanctn(String sanctnId) throws Exception {
		return selectOne("CvplProcess.selectSanctn", sanctnId);
	}

	public int updateSanctn(CvplProcessVO vo) throws Exception {
		return update("CvplProcess.updateSanctn", vo);
	}

	public void updateProcessSttus(CvplProcessVO vo) throws Exception {
		update("CvplProcess.updateProcessSttus", vo);
	}
}
