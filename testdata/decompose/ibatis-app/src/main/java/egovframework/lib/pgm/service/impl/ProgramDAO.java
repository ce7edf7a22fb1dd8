package egovframework.lib.pgm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.pgm.service.*;

/**
 * ProgramDAO 데이터 접근 클래스
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
@Repository("programDAO")
public class ProgramDAO extends EgovAbstractDAO {

	/**
	 * selectProgramList
	 */
	public List selectProgramList(PgmVO vo) throws Exception {
		return list("program.selectProgramList", vo);
	}

	/**
	 * selectProgram
	 */
	public PgmVO selectProgram(String pgmId) throws Exception {
		return (PgmVO) selectByPk("program.selectProgram", pgmId);
	}

	/**
	 * insertProgram
	 */
	public void insertProgram(PgmVO vo) throws Exception {
		insert("program.insertProgram", vo);
	}

	/**
	 * insertApply
	 */
	public void insertApply(PgmVO vo) throws Exception {
		insert("program.insertApply", vo);
	}

	/**
	 * cancelApply
	 */
	public void cancelApply(PgmVO vo) throws Exception {
		update("program.cancelApply", vo);
	}

	/**
	 * selectApplyList
	 */
	public List selectApplyList(String pgmId) throws Exception {
		return list("program.selectApplyList", pgmId);
	}
}
