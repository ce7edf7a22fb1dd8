package egovframework.cvpl.cmm.service;

import java.util.List;
import java.util.Map;

/**
 * 첨부파일 관리 서비스
 * @author 홍길동
 * @since 2021.03.15
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2021.03.15  홍길동          최초 생성
 * </pre>
 */
public interface EgovFileMngService {

	/**
	 * 첨부파일을 등록하고 ID 를 돌려준다.
	 */
	String insertFileInfs(List<FileVO> files) throws Exception;

	/**
	 * 첨부파일 목록
	 */
	List<FileVO> selectFileInfs(String atchFileId) throws Exception;

	/**
	 * 첨부파일 한 건
	 */
	FileVO selectFileInf(FileVO vo) throws Exception;

	/**
	 * 첨부파일 삭제
	 */
	void deleteFileInf(FileVO vo) throws Exception;

}
