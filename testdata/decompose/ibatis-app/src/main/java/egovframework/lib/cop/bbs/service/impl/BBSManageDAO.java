package egovframework.lib.cop.bbs.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.cop.bbs.service.*;

/**
 * BBSManageDAO 데이터 접근 클래스
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
@Repository("BBSManageDAO")
public class BBSManageDAO extends EgovAbstractDAO {

	/**
	 * selectArticleList
	 */
	public List selectArticleList(BoardVO vo) throws Exception {
		return list("BBSArticle.selectArticleList", vo);
	}

	/**
	 * selectArticleDetail
	 */
	public BoardVO selectArticleDetail(BoardVO vo) throws Exception {
		return (BoardVO) selectByPk("BBSArticle.selectArticleDetail", vo);
	}

	/**
	 * insertArticle
	 */
	public void insertArticle(BoardVO vo) throws Exception {
		insert("BBSArticle.insertArticle", vo);
	}

	/**
	 * updateInqireCo
	 */
	public void updateInqireCo(BoardVO vo) throws Exception {
		update("BBSArticle.updateInqireCo", vo);
	}

	/**
	 * selectBBSMasterInfs
	 */
	public List selectBBSMasterInfs() throws Exception {
		return list("BBSArticle.selectBBSMasterInfs", null);
	}
}
