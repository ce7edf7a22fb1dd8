package egovframework.lib.cmm.service;

import java.util.List;

/**
 * 공통코드 관리
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
public interface CmmnCodeManageService {

	/** 코드 목록 */
	List selectCmmnCodeList() throws Exception;

	/** 분류 목록 */
	List selectClCodeList() throws Exception;

	/** 코드 등록 */
	void insertCmmnCode(CmmnCodeVO vo) throws Exception;

	/** 상세코드 등록 */
	void insertCmmnDetailCode(CmmnCodeVO vo) throws Exception;

}
