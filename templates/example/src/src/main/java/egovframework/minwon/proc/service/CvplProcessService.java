package egovframework.minwon.proc.service;

import java.util.List;

import egovframework.minwon.cmm.service.FileVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 처리·결재 서비스
 */
public interface CvplProcessService {

	/** 담당자의 처리 대상 민원 목록 */
	List<EgovMap> selectProcessTargetList(CvplProcessVO searchVO) throws Exception;

	/** 처리 대상 민원 상세 (접수·신청 정보) */
	EgovMap selectProcessDetail(String rcptNo) throws Exception;

	/** 처리 이력 */
	List<EgovMap> selectProcessHistList(String rcptNo) throws Exception;

	/** 결재 이력 */
	List<EgovMap> selectSanctnList(String rcptNo) throws Exception;

	/** 처리 결과를 등록한다. 결재선이 있으면 결재를 요청하고, 없으면 임시저장한다. */
	void insertProcess(CvplProcessVO vo, List<FileVO> files) throws Exception;

	/** 임시저장·반려된 처리 내용을 수정한다. 수정된 건수 */
	int updateProcess(CvplProcessVO vo) throws Exception;

	/** 처리기간 연장 이력 */
	List<EgovMap> selectPdExtnList(String rcptNo) throws Exception;

	/** 처리기간 연장 (민원인에게 연장 사유와 기한을 통지) */
	void insertPdExtn(CvplProcessVO vo) throws Exception;

	/** 결재 대기 목록 */
	List<EgovMap> selectSanctnWaitList(CvplProcessVO searchVO) throws Exception;

	/** 결재 (승인·반려). 최종 승인 시 처리 상태가 결재완료(30)가 된다. */
	void confirmSanctn(CvplProcessVO vo) throws Exception;
}
