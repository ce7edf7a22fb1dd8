package egovframework.cvpl.ntcn.service;

import java.util.List;
import java.util.Map;

/**
 * 알림 발송 서비스
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
public interface NtcnService {

	/**
	 * 문자를 발송 대기열에 넣는다.
	 */
	void sendSms(NtcnVO vo) throws Exception;

	/**
	 * 메일을 발송 대기열에 넣는다.
	 */
	void sendEmail(NtcnVO vo) throws Exception;

	/**
	 * 알림 서식 목록
	 */
	List<?> selectTmplatList() throws Exception;

	/**
	 * 알림 서식 등록
	 */
	void insertTmplat(TmplatVO vo) throws Exception;

	/**
	 * 알림 서식 수정
	 */
	void updateTmplat(TmplatVO vo) throws Exception;

	/**
	 * 문자 발송 내역
	 */
	List<?> selectSmsSendList(NtcnVO vo) throws Exception;

}
