package egovframework.cvpl.bbs.service.impl;

import egovframework.cvpl.bbs.service.BbsMasterVO;
import egovframework.cvpl.bbs.service.BbsService;
import egovframework.cvpl.bbs.service.BbsVO;
import egovframework.cvpl.bbs.service.CommentVO;
import egovframework.cvpl.bbs.service.FaqVO;
import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 게시판 서비스 구현
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
@Service("bbsService")
public class BbsServiceImpl extends EgovAbstractServiceImpl implements BbsService {

	@Resource(name = "bbsDAO")
	private BbsDAO bbsDAO;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Override
	public List<?> selectBbsMasterList() throws Exception {
		return bbsDAO.selectBbsMasterList();
	}

	@Override
	public void insertBbsMaster(BbsMasterVO vo) throws Exception {
		bbsDAO.insertBbsMaster(vo);
	}

	@Override
	public Map<String, Object> selectNttList(BbsVO vo) throws Exception {
		Map<String, Object> map = new HashMap<>();
		map.put("master", bbsDAO.selectBbsMaster(vo.getBbsId()));
		map.put("resultList", bbsDAO.selectNttList(vo));
		map.put("resultCnt", bbsDAO.selectNttListCnt(vo));
		return map;
	}

	@Override
	public BbsVO selectNtt(BbsVO vo) throws Exception {
		bbsDAO.updateRdcnt(vo);
		BbsVO ntt = bbsDAO.selectNtt(vo);
		ntt.setCommentList(bbsDAO.selectCommentList(vo));
		return ntt;
	}

	@Override
	public void insertNtt(BbsVO vo, List<FileVO> files) throws Exception {
		if (files != null) {
			vo.setAtchFileId(fileMngService.insertFileInfs(files));
		}
		bbsDAO.insertNtt(vo);
	}

	@Override
	public void updateNtt(BbsVO vo) throws Exception {
		bbsDAO.updateNtt(vo);
	}

	@Override
	public void deleteNtt(BbsVO vo) throws Exception {
		bbsDAO.deleteNtt(vo);
	}

	@Override
	public void insertComment(CommentVO vo) throws Exception {
		bbsDAO.insertComment(vo);
	}

	@Override
	public void deleteComment(CommentVO vo) throws Exception {
		bbsDAO.deleteComment(vo);
	}

	@Override
	public List<?> selectFaqList(FaqVO vo) throws Exception {
		return bbsDAO.selectFaqList(vo);
	}

	@Override
	public void insertFaq(FaqVO vo) throws Exception {
		bbsDAO.insertFaq(vo);
	}

}
