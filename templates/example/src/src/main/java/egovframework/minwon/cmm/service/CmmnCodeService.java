package egovframework.minwon.cmm.service;

import java.util.List;

import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 공통코드 서비스
 */
public interface CmmnCodeService {

	/** 코드 ID의 사용 중인 상세코드 목록 (화면 선택 목록용) */
	List<EgovMap> selectCmmCodeDetail(String codeId) throws Exception;

	/** 공통코드 목록 */
	List<EgovMap> selectCmmnCodeList(CmmnCodeVO searchVO) throws Exception;

	/** 공통코드 목록 건수 */
	int selectCmmnCodeListCnt(CmmnCodeVO searchVO) throws Exception;

	/** 공통코드 등록 */
	void insertCmmnCode(CmmnCodeVO vo) throws Exception;

	/** 공통상세코드 목록 */
	List<EgovMap> selectCmmnDetailCodeList(CmmnCodeVO searchVO) throws Exception;

	/** 공통상세코드 등록 */
	void insertCmmnDetailCode(CmmnCodeVO vo) throws Exception;
}
