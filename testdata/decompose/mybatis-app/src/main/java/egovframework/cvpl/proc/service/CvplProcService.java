package egovframework.cvpl.proc.service;

import java.util.List;
import java.util.Map;

/**
 * 민원 처리 서비스
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
public interface CvplProcService {

	/**
	 * 처리할 민원 목록
	 */
	List<?> selectTodoList(CvplProcVO vo) throws Exception;

	/**
	 * 처리 상세
	 */
	CvplProcVO selectProcDetail(String rcptNo) throws Exception;

	/**
	 * 담당자를 배정한다.
	 */
	void assign(CvplProcVO vo) throws Exception;

	/**
	 * 이송 가능 부서
	 */
	List<?> selectTrnsfDeptList() throws Exception;

	/**
	 * 다른 부서로 이송한다.
	 */
	void trnsf(CvplTrnsfVO vo) throws Exception;

	/**
	 * 답변을 작성하고 결재를 요청한다.
	 */
	void registAnswer(CvplAnswerVO vo, List<FileVO> files) throws Exception;

	/**
	 * 결재가 끝난 답변을 확정한다.
	 */
	void completeAnswer(String sanctnDocId) throws Exception;

	/**
	 * 처리기한을 연장한다.
	 */
	void registDelay(CvplDelayVO vo) throws Exception;

	/**
	 * 만족도를 등록한다.
	 */
	void insertSatisfc(CvplSatisfcVO vo) throws Exception;

	/**
	 * 담당자별 만족도
	 */
	List<?> selectSatisfcAvg(CvplProcVO vo) throws Exception;

}
