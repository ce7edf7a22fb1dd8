package egovframework.lib.cop.bbs.service.impl;

import egovframework.lib.cmm.service.EgovFileMngService;
import egovframework.lib.cop.bbs.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 게시물 관리 구현
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
@Service("EgovBBSManageService")
public class EgovBBSManageServiceImpl extends AbstractServiceImpl implements EgovBBSManageService {

	@Resource(name="BBSManageDAO")
	private BBSManageDAO bbsMngDAO;

	@Resource(name="EgovFileMngService")
	private EgovFileMngService fileMngService;

	/**
	 * 게시물 목록
	 */
	public List selectBoardArticles(BoardVO vo) throws Exception {
		return bbsMngDAO.selectArticleList(vo);
	}

	/**
	 * 게시물 조회
	 */
	public BoardVO selectBoardArticle(BoardVO vo) throws Exception {
		bbsMngDAO.updateInqireCo(vo);
		return bbsMngDAO.selectArticleDetail(vo);
	}

	/**
	 * 게시물 등록
	 */
	public void insertBoardArticle(BoardVO vo, List files) throws Exception {
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		bbsMngDAO.insertArticle(vo);
	}

	/**
	 * 게시판 목록
	 */
	public List selectBBSMasterInfs() throws Exception {
		return bbsMngDAO.selectBBSMasterInfs();
	}

}
