package egovframework.minwon.appl.service;

import java.util.List;

import egovframework.minwon.cmm.service.FileVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 신청·접수 서비스
 */
public interface CvplApplService {

	/** 민원 신청 목록 (민원인: 본인 신청, 담당공무원: 부서 접수 대기) */
	List<EgovMap> selectApplList(CvplApplVO searchVO) throws Exception;

	/** 민원 신청 목록 건수 */
	int selectApplListCnt(CvplApplVO searchVO) throws Exception;

	/** 민원 신청 상세 */
	EgovMap selectAppl(String applNo) throws Exception;

	/** 민원 신청 항목 목록 */
	List<EgovMap> selectApplItemList(String applNo) throws Exception;

	/** 민원 신청 등록. 신청 번호를 돌려준다. */
	String insertAppl(CvplApplVO vo, List<FileVO> files) throws Exception;

	/** 민원 신청 취하 (접수 전만 가능). 취하된 건수 */
	int withdrawAppl(CvplApplVO vo) throws Exception;

	/** 민원 접수: 접수 번호를 부여하고 처리 기한을 정한다. 처리 진행 상태는 처리(TB_CVPL_PROCESS)에서 관리한다. */
	String insertRcpt(CvplApplVO vo) throws Exception;
}
