package egovframework.minwon.bbs.service;

import java.util.List;

import egovframework.minwon.cmm.service.FileVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 게시판 서비스 (공지사항, FAQ, 묻고답하기)
 */
public interface BbsService {

	/** 게시판 정보 */
	BoardVO selectBbsMaster(String bbsId) throws Exception;

	/** 게시판 생성 */
	void insertBbsMaster(BoardVO vo) throws Exception;

	/** 게시물 목록 */
	List<EgovMap> selectArticleList(BoardVO searchVO) throws Exception;

	/** 게시물 목록 건수 */
	int selectArticleListCnt(BoardVO searchVO) throws Exception;

	/** 게시물 상세 (조회수 증가) */
	EgovMap selectArticleDetail(BoardVO vo) throws Exception;

	/** 댓글 목록 */
	List<EgovMap> selectCommentList(long nttId) throws Exception;

	/** 게시물 등록 */
	void insertArticle(BoardVO vo, List<FileVO> files) throws Exception;

	/** 게시물 삭제 (사용 안 함 처리) */
	void deleteArticle(BoardVO vo) throws Exception;

	/** 댓글 등록 */
	void insertComment(BoardVO vo) throws Exception;
}
