package egovframework.cvpl.cmm.service;

import java.util.List;
import java.util.Map;

/**
 * 공통코드 조회 서비스
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
public interface CmmUseService {

	/**
	 * 공통상세코드 목록을 조회한다.
	 */
	List<CmmnDetailCode> selectCmmCodeDetail(ComDefaultCodeVO vo) throws Exception;

}
