package egovframework.lib.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.cmm.service.*;

/**
 * CmmnCodeManageDAO 데이터 접근 클래스
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
@Repository("CmmnCodeManageDAO")
public class CmmnCodeManageDAO extends EgovAbstractDAO {

	/**
	 * selectCmmnCodeList
	 */
	public List selectCmmnCodeList() throws Exception {
		return list("CmmnCodeManage.selectCmmnCodeList", null);
	}

	/**
	 * selectClCodeList
	 */
	public List selectClCodeList() throws Exception {
		return list("CmmnCodeManage.selectClCodeList", null);
	}

	/**
	 * insertCmmnCode
	 */
	public void insertCmmnCode(CmmnCodeVO vo) throws Exception {
		insert("CmmnCodeManage.insertCmmnCode", vo);
	}

	/**
	 * insertCmmnDetailCode
	 */
	public void insertCmmnDetailCode(CmmnCodeVO vo) throws Exception {
		insert("CmmnCodeManage.insertCmmnDetailCode", vo);
	}
}
