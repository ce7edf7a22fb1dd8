package egovframework.cvpl.bbs.service;

import java.util.List;
import java.util.Map;

/**
 * 게시판 서비스
 * @author 홍길동
 * @since 2021.03.15
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2021.03.15  홍길동          최초 생성
 * </pre>
 */
public interface BbsService {

	/**
	 * 게시판 목록
	 */
	List<?> selectBbsMasterList() throws Exception;

	/**
	 * 게시판 생성
	 */
	void insertBbsMaster(BbsMasterVO vo) throws Exception;

	/**
	 * 게시물 목록
	 */
	Map<String, Object> selectNttList(BbsVO vo) throws Exception;

	/**
	 * 게시물 조회
	 */
	BbsVO selectNtt(BbsVO vo) throws Exception;

	/**
	 * 게시물 등록
	 */
	void insertNtt(BbsVO vo, List<FileVO> files) throws Exception;

	/**
	 * 게시물 수정
	 */
	void updateNtt(BbsVO vo) throws Exception;

	/**
	 * 게시물 삭제
	 */
	void deleteNtt(BbsVO vo) throws Exception;

	/**
	 * 댓글 등록
	 */
	void insertComment(CommentVO vo) throws Exception;

	/**
	 * 댓글 삭제
	 */
	void deleteComment(CommentVO vo) throws Exception;

	/**
	 * FAQ 목록
	 */
	List<?> selectFaqList(FaqVO vo) throws Exception;

	/**
	 * FAQ 등록
	 */
	void insertFaq(FaqVO vo) throws Exception;

}
