package egovframework.lib.cop.bbs.service;

import java.util.List;

/**
 * 게시물 관리
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
public interface EgovBBSManageService {

	/** 게시물 목록 */
	List selectBoardArticles(BoardVO vo) throws Exception;

	/** 게시물 조회 */
	BoardVO selectBoardArticle(BoardVO vo) throws Exception;

	/** 게시물 등록 */
	void insertBoardArticle(BoardVO vo, List files) throws Exception;

	/** 게시판 목록 */
	List selectBBSMasterInfs() throws Exception;

}
