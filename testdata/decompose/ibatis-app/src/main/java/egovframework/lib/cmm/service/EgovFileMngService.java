package egovframework.lib.cmm.service;

import java.util.List;

/**
 * 첨부파일 관리
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
public interface EgovFileMngService {

	/** 첨부파일을 등록한다. */
	String insertFileInfs(List fvoList) throws Exception;

	/** 첨부파일 목록 */
	List selectFileInfs(FileVO vo) throws Exception;

}
