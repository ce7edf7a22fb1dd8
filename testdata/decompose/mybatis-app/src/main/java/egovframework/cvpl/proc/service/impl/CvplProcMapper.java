package egovframework.cvpl.proc.service.impl;

import java.util.List;

import org.egovframe.rte.psl.dataaccess.mapper.Mapper;

import egovframework.cvpl.proc.service.CvplAnswerVO;
import egovframework.cvpl.proc.service.CvplDelayVO;
import egovframework.cvpl.proc.service.CvplProcVO;
import egovframework.cvpl.proc.service.CvplSatisfcVO;
import egovframework.cvpl.proc.service.CvplTrnsfVO;

/**
 * 민원 처리 Mapper 인터페이스 (CvplProc_SQL.xml)
 */
@Mapper("cvplProcMapper")
public interface CvplProcMapper {

	List<?> selectTodoList(CvplProcVO vo);

	CvplProcVO selectProcDetail(String rcptNo);

	int insertProcess(CvplProcVO vo);

	int updateCharger(CvplProcVO vo);

	int updateProcessSttus(CvplProcVO vo);

	/** 민원 접수 건의 상태를 함께 바꾼다. */
	int updateRcptSttus(CvplProcVO vo);

	List<?> selectTrnsfDeptList();

	int insertTrnsf(CvplTrnsfVO vo);

	int updateRcptDept(CvplTrnsfVO vo);

	List<?> selectTrnsfList(String rcptNo);

	int insertAnswer(CvplAnswerVO vo);

	int updateAnswerSanctn(CvplAnswerVO vo);

	CvplAnswerVO selectAnswerBySanctnDoc(String sanctnDocId);

	int insertDelay(CvplDelayVO vo);

	int updateTmlmt(CvplDelayVO vo);

	int insertSatisfc(CvplSatisfcVO vo);

	List<?> selectSatisfcAvg(CvplProcVO vo);
}
