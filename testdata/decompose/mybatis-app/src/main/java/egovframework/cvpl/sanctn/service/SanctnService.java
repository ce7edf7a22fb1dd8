package egovframework.cvpl.sanctn.service;

import java.util.List;
import java.util.Map;

/**
 * 전자결재 서비스
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
public interface SanctnService {

	/**
	 * 결재 대기 목록
	 */
	List<?> selectWaitList(SanctnVO vo) throws Exception;

	/**
	 * 결재 문서
	 */
	SanctnVO selectSanctn(String sanctnDocId) throws Exception;

	/**
	 * 결재를 상신한다.
	 */
	String requestSanctn(SanctnVO vo) throws Exception;

	/**
	 * 결재(승인)한다.
	 */
	void approve(SanctnVO vo) throws Exception;

	/**
	 * 반려한다.
	 */
	void reject(SanctnVO vo) throws Exception;

}
