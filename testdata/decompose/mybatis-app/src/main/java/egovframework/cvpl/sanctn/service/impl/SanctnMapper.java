package egovframework.cvpl.sanctn.service.impl;

import java.util.List;

import org.egovframe.rte.psl.dataaccess.mapper.Mapper;

import egovframework.cvpl.sanctn.service.SanctnVO;

/**
 * 전자결재 Mapper
 */
@Mapper("sanctnMapper")
public interface SanctnMapper {
	List<?> selectWaitList(SanctnVO vo);
	SanctnVO selectSanctnDoc(String sanctnDocId);
	List<?> selectLineList(String sanctnDocId);
	void insertSanctnDoc(SanctnVO vo);
	void insertLines(SanctnVO vo);
	void updateLine(SanctnVO vo);
	void updateNextLine(SanctnVO vo);
	int selectRemainLineCnt(String sanctnDocId);
	void updateDocSttus(SanctnVO vo);
	void insertHist(SanctnVO vo);
	List<?> selectHistList(String sanctnDocId);
}
