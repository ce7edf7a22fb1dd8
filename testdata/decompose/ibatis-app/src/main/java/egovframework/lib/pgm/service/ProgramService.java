package egovframework.lib.pgm.service;

import java.util.List;

/**
 * 문화프로그램 수강
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
public interface ProgramService {

	/** 프로그램 목록 */
	List selectProgramList(PgmVO vo) throws Exception;

	/** 프로그램 상세 */
	PgmVO selectProgram(String pgmId) throws Exception;

	/** 프로그램 등록 */
	void insertProgram(PgmVO vo, List files) throws Exception;

	/** 수강 신청 */
	void apply(PgmVO vo) throws Exception;

	/** 수강 취소 */
	void cancelApply(PgmVO vo) throws Exception;

	/** 수강생 목록 */
	List selectApplyList(String pgmId) throws Exception;

}
