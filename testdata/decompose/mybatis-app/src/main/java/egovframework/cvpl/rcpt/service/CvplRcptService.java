package egovframework.cvpl.rcpt.service;

import java.util.List;
import java.util.Map;

/**
 * 민원 접수 서비스
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
public interface CvplRcptService {

	/**
	 * 민원 접수 목록
	 */
	Map<String, Object> selectRcptList(CvplRcptVO vo) throws Exception;

	/**
	 * 민원 접수 상세
	 */
	CvplRcptVO selectRcptDetail(CvplRcptVO vo) throws Exception;

	/**
	 * 민원 신청을 접수한다.
	 */
	String insertRcpt(CvplRcptVO vo, List<FileVO> files) throws Exception;

	/**
	 * 민원을 취하한다.
	 */
	void withdrawRcpt(CvplRcptVO vo) throws Exception;

	/**
	 * 나의 민원 목록
	 */
	List<?> selectMyRcptList(CvplRcptVO vo) throws Exception;

	/**
	 * 민원 종류 목록
	 */
	List<?> selectKndList() throws Exception;

	/**
	 * 민원 종류 상세
	 */
	CvplKndVO selectKnd(String code) throws Exception;

	/**
	 * 민원 종류 등록
	 */
	void insertKnd(CvplKndVO vo) throws Exception;

	/**
	 * 민원 종류 수정
	 */
	void updateKnd(CvplKndVO vo) throws Exception;

}
