package egovframework.minwon.bbs.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.minwon.bbs.service.BoardVO;
import egovframework.minwon.cmm.service.impl.ComAbstractDAO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 게시판 DAO
 * @see Bbs_SQL.xml
 */
@Repository("bbsDAO")
public class BbsDAO extends ComAbstractDAO {

	public BoardVO selectBbsMaster(String bbsId) throws Exception {
		return selectOne("Bbs.selectBbsMaster", bbsId);
	}

	public void insertBbsMaster(BoardVO vo) throws Exception {
		insert("Bbs.insertBbsMaster", vo);
	}

	public List<EgovMap> selectArticleList(BoardVO searchVO) throws Exception {
		return selectList("Bbs.selectArticleList", searchVO);
	}

	public int selectArticleListCnt(BoardVO searchVO) throws Exception {
		return (Integer) selectOne("Bbs.selectArticleListCnt", searchVO);
	}

	public void updateInqireCo(BoardVO vo) throws Exception {
		update("Bbs.updateInqireCo", vo);
	}

	public EgovMap selectArticleDetail(BoardVO vo) throws Exception {
		return selectOne("Bbs.selectArticleDetail", vo);
	}

	public List<EgovMap> selectCommentList(long nttId) throws Exception {
		return selectList("Bbs.selectCommentList", nttId);
	}

	public void insertArticle(BoardVO vo) throws Exception {
		insert("Bbs.insertArticle", vo);
	}

	public void deleteArticle(BoardVO vo) throws Exception {
		update("Bbs.deleteArticle", vo);
	}

	public void insertComment(BoardVO vo) throws Exception {
		insert("Bbs.insertComment", vo);
	}
}
