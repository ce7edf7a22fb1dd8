package egovframework.lib.cmm.service;

import java.util.List;

/**
 * 공통코드 조회
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
public interface EgovCmmUseService {

	/** 공통상세코드를 조회한다. */
	List selectCmmCodeDetail(ComDefaultCodeVO vo) throws Exception;

}
