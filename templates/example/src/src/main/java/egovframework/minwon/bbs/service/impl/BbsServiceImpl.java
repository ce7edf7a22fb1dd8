package egovframework.minwon.bbs.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.bbs.service.BbsService;
import egovframework.minwon.bbs.service.BoardVO;
import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.FileVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 게시판 서비스 구현
 */
@Service("bbsService")
public class BbsServiceImpl extends EgovAbstractServiceImpl implements BbsService {

	@Resource(name = "bbsDAO")
	private BbsDAO bbsDAO;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Override
	public BoardVO selectBbsMaster(String bbsId) throws Exception {
		return bbsDAO.selectBbsMaster(bbsId);
	}

	@Override
	public void insertBbsMaster(BoardVO vo) throws Exception {
		bbsDAO.insertBbsMaster(vo);
	}

	@Override
	public List<EgovMap> selectArticleList(BoardVO searchVO) throws Exception {
		return bbsDAO.selectArticleList(searchVO);
	}

	@Override
	public int selectArticleListCnt(BoardVO searchVO) throws Exception {
		return bbsDAO.selectArticleListCnt(searchVO);
	}

	@Override
	public EgovMap selectArticleDetail(BoardVO vo) throws Exception {
		bbsDAO.updateInqireCo(vo);
		return bbsDAO.selectArticleDetail(vo);
	}

	@Override
	public List<EgovMap> selectCommentList(long nttId) throws Exception {
		return bbsDAO.selectCommentList(nttId);
	}

	@Override
	public void insertArticle(BoardVO vo, List<FileVO> files) throws Exception {
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		bbsDAO.insertArticle(vo);
	}

	@Override
	public void deleteArticle(BoardVO vo) throws Exception {
		bbsDAO.deleteArticle(vo);
	}

	@Override
	public void insertComment(BoardVO vo) throws Exception {
		bbsDAO.insertComment(vo);
	}
}
