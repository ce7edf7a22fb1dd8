package egovframework.lib.pgm.service.impl;

import egovframework.lib.cmm.service.EgovFileMngService;
import egovframework.lib.pgm.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 문화프로그램 수강 구현
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
@Service("programService")
public class ProgramServiceImpl extends AbstractServiceImpl implements ProgramService {

	@Resource(name="programDAO")
	private ProgramDAO programDAO;

	@Resource(name="EgovFileMngService")
	private EgovFileMngService fileMngService;

	/**
	 * 프로그램 목록
	 */
	public List selectProgramList(PgmVO vo) throws Exception {
		return programDAO.selectProgramList(vo);
	}

	/**
	 * 프로그램 상세
	 */
	public PgmVO selectProgram(String pgmId) throws Exception {
		return programDAO.selectProgram(pgmId);
	}

	/**
	 * 프로그램 등록
	 */
	public void insertProgram(PgmVO vo, List files) throws Exception {
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		programDAO.insertProgram(vo);
	}

	/**
	 * 수강 신청
	 */
	public void apply(PgmVO vo) throws Exception {
		programDAO.insertApply(vo);
	}

	/**
	 * 수강 취소
	 */
	public void cancelApply(PgmVO vo) throws Exception {
		programDAO.cancelApply(vo);
	}

	/**
	 * 수강생 목록
	 */
	public List selectApplyList(String pgmId) throws Exception {
		return programDAO.selectApplyList(pgmId);
	}

}
