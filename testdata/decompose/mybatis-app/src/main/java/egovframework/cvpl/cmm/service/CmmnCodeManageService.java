package egovframework.cvpl.cmm.service;

import java.util.List;
import java.util.Map;

/**
 * 공통코드 관리 서비스
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
public interface CmmnCodeManageService {

	/**
	 * 분류코드 목록
	 */
	List<?> selectClCodeList() throws Exception;

	/**
	 * 코드 목록
	 */
	List<?> selectCodeList(String clCode) throws Exception;

	/**
	 * 상세코드 목록
	 */
	List<?> selectDetailCodeList(String codeId) throws Exception;

	/**
	 * 상세코드 등록
	 */
	void insertDetailCode(CodeVO vo) throws Exception;

	/**
	 * 코드 등록
	 */
	void insertCode(CodeVO vo) throws Exception;

}
