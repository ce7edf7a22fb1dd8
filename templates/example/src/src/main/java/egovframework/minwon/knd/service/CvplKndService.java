package egovframework.minwon.knd.service;

import java.util.List;

import egovframework.minwon.cmm.service.FileVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 종류·서식 관리 서비스
 */
public interface CvplKndService {

	/** 민원 종류 목록 (계층) */
	List<EgovMap> selectKndList(CvplKndVO searchVO) throws Exception;

	/** 민원 종류 한 건 */
	CvplKndVO selectKnd(String cvplKndCode) throws Exception;

	/** 민원 종류의 사용 중인 서식 목록 */
	List<EgovMap> selectFormList(String cvplKndCode) throws Exception;

	/** 민원 종류별 신청 항목 정의 목록 (입력 순서대로) */
	List<EgovMap> selectKndItemList(String cvplKndCode) throws Exception;

	/** 민원 신청 항목 등록 */
	void insertKndItem(CvplKndVO vo) throws Exception;

	/** 민원 종류 등록 */
	void insertKnd(CvplKndVO vo) throws Exception;

	/** 민원 종류 수정 */
	void updateKnd(CvplKndVO vo) throws Exception;

	/** 민원 서식 등록 (서식 파일 첨부) */
	void insertForm(CvplKndVO vo, List<FileVO> files) throws Exception;

	/** 민원 서식 삭제 (사용 안 함 처리) */
	void deleteForm(String formId) throws Exception;
}
