package egovframework.lib.book.service;

import java.util.List;

/**
 * 서지·소장자료 관리
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
public interface BiblioService {

	/** 자료 검색 */
	List selectBiblioList(BiblioVO vo) throws Exception;

	/** 자료 검색 건수 */
	int selectBiblioListCnt(BiblioVO vo) throws Exception;

	/** 서지 상세와 소장자료 */
	BiblioVO selectBiblio(String biblioId) throws Exception;

	/** 서지·소장 등록 */
	void insertBiblio(BiblioVO vo) throws Exception;

	/** 서지 수정 */
	void updateBiblio(BiblioVO vo) throws Exception;

	/** 소장자료 상태 변경 */
	void changeHoldingSttus(HoldingVO vo) throws Exception;

	/** KDC 분류 */
	List selectKdcList() throws Exception;

}
