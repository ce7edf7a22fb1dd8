package egovframework.lib.book.service.impl;

import egovframework.lib.book.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 서지·소장자료 관리 구현
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
@Service("biblioService")
public class BiblioServiceImpl extends AbstractServiceImpl implements BiblioService {

	@Resource(name="biblioDAO")
	private BiblioDAO biblioDAO;

	/**
	 * 자료 검색
	 */
	public List selectBiblioList(BiblioVO vo) throws Exception {
		return biblioDAO.selectBiblioList(vo);
	}

	/**
	 * 자료 검색 건수
	 */
	public int selectBiblioListCnt(BiblioVO vo) throws Exception {
		return biblioDAO.selectBiblioListCnt(vo);
	}

	/**
	 * 서지 상세와 소장자료
	 */
	public BiblioVO selectBiblio(String biblioId) throws Exception {
		BiblioVO vo = biblioDAO.selectBiblio(biblioId);
		vo.setHoldingList(biblioDAO.selectHoldingList(biblioId));
		return vo;
	}

	/**
	 * 서지·소장 등록
	 */
	public void insertBiblio(BiblioVO vo) throws Exception {
		biblioDAO.insertBiblio(vo);
		for (HoldingVO h : vo.getHoldingList()) {
		    biblioDAO.insertHolding(h);
		}
	}

	/**
	 * 서지 수정
	 */
	public void updateBiblio(BiblioVO vo) throws Exception {
		biblioDAO.updateBiblio(vo);
	}

	/**
	 * 소장자료 상태 변경
	 */
	public void changeHoldingSttus(HoldingVO vo) throws Exception {
		biblioDAO.updateHoldingSttus(vo);
	}

	/**
	 * KDC 분류
	 */
	public List selectKdcList() throws Exception {
		return biblioDAO.selectKdcList();
	}

}
