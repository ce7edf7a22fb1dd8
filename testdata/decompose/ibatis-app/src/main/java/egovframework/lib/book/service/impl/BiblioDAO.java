package egovframework.lib.book.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.book.service.*;

/**
 * BiblioDAO 데이터 접근 클래스
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
@Repository("biblioDAO")
public class BiblioDAO extends EgovAbstractDAO {

	/**
	 * selectBiblioList
	 */
	public List selectBiblioList(BiblioVO vo) throws Exception {
		return list("biblioDAO.selectBiblioList", vo);
	}

	/**
	 * selectBiblioListCnt
	 */
	public int selectBiblioListCnt(BiblioVO vo) throws Exception {
		return (Integer) getSqlMapClientTemplate().queryForObject("biblioDAO.selectBiblioListCnt", vo);
	}

	/**
	 * selectBiblio
	 */
	public BiblioVO selectBiblio(String biblioId) throws Exception {
		return (BiblioVO) selectByPk("biblioDAO.selectBiblio", biblioId);
	}

	/**
	 * selectHoldingList
	 */
	public List selectHoldingList(String biblioId) throws Exception {
		return list("biblioDAO.selectHoldingList", biblioId);
	}

	/**
	 * insertBiblio
	 */
	public void insertBiblio(BiblioVO vo) throws Exception {
		insert("biblioDAO.insertBiblio", vo);
	}

	/**
	 * updateBiblio
	 */
	public void updateBiblio(BiblioVO vo) throws Exception {
		update("biblioDAO.updateBiblio", vo);
	}

	/**
	 * insertHolding
	 */
	public void insertHolding(HoldingVO vo) throws Exception {
		insert("biblioDAO.insertHolding", vo);
	}

	/**
	 * updateHoldingSttus
	 */
	public void updateHoldingSttus(HoldingVO vo) throws Exception {
		update("biblioDAO.updateHoldingSttus", vo);
	}

	/**
	 * selectKdcList
	 */
	public List selectKdcList() throws Exception {
		return list("biblioDAO.selectKdcList", null);
	}
}
