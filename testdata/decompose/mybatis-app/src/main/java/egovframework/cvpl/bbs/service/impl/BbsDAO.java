package egovframework.cvpl.bbs.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.bbs.service.BbsMasterVO;
import egovframework.cvpl.bbs.service.BbsVO;
import egovframework.cvpl.bbs.service.CommentVO;
import egovframework.cvpl.bbs.service.FaqVO;
import egovframework.cvpl.cmm.service.impl.EgovComAbstractDAO;

/**
 * 게시판 DAO
 */
@Repository("bbsDAO")
public class BbsDAO extends EgovComAbstractDAO {

	public List<?> selectBbsMasterList() throws Exception {
		return selectList("Bbs.selectBbsMasterList");
	}

	public BbsMasterVO selectBbsMaster(String bbsId) throws Exception {
		return (BbsMasterVO) selectOne("Bbs.selectBbsMaster", bbsId);
	}

	public void insertBbsMaster(BbsMasterVO vo) throws Exception {
		insert("Bbs.insertBbsMaster", vo);
	}

	public List<?> selectNttList(BbsVO vo) throws Exception {
		return selectList("Bbs.selectNttList", vo);
	}

	public int selectNttListCnt(BbsVO vo) throws Exception {
		return (Integer) selectOne("Bbs.selectNttListCnt", vo);
	}

	public BbsVO selectNtt(BbsVO vo) throws Exception {
		return (BbsVO) selectOne("Bbs.selectNtt", vo);
	}

	public void updateRdcnt(BbsVO vo) throws Exception {
		update("Bbs.updateRdcnt", vo);
	}

	public void insertNtt(BbsVO vo) throws Exception {
		insert("Bbs.insertNtt", vo);
	}

	public void updateNtt(BbsVO vo) throws Exception {
		update("Bbs.updateNtt", vo);
	}

	public void deleteNtt(BbsVO vo) throws Exception {
		update("Bbs.deleteNtt", vo);
	}

	public List<?> selectCommentList(BbsVO vo) throws Exception {
		return selectList("Bbs.selectCommentList", vo);
	}

	public void insertComment(CommentVO vo) throws Exception {
		insert("Bbs.insertComment", vo);
	}

	public void deleteComment(CommentVO vo) throws Exception {
		update("Bbs.deleteComment", vo);
	}

	public List<?> selectFaqList(FaqVO vo) throws Exception {
		return selectList("Bbs.selectFaqList", vo);
	}

	public void insertFaq(FaqVO vo) throws Exception {
		insert("Bbs.insertFaq", vo);
	}
}
