package egovframework.minwon.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.minwon.cmm.service.CmmnCodeVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 공통코드 DAO
 * @see CmmnCode_SQL.xml
 */
@Repository("cmmnCodeDAO")
public class CmmnCodeDAO extends ComAbstractDAO {

	public List<EgovMap> selectCmmCodeDetail(String codeId) throws Exception {
		return selectList("CmmnCode.selectCmmCodeDetail", codeId);
	}

	public List<EgovMap> selectCmmnCodeList(CmmnCodeVO searchVO) throws Exception {
		return selectList("CmmnCode.selectCmmnCodeList", searchVO);
	}

	public int selectCmmnCodeListCnt(CmmnCodeVO searchVO) throws Exception {
		return (Integer) selectOne("CmmnCode.selectCmmnCodeListCnt", searchVO);
	}

	public void insertCmmnCode(CmmnCodeVO vo) throws Exception {
		insert("CmmnCode.insertCmmnCode", vo);
	}

	public List<EgovMap> selectCmmnDetailCodeList(CmmnCodeVO searchVO) throws Exception {
		return selectList("CmmnCode.selectCmmnDetailCodeList", searchVO);
	}

	public void insertCmmnDetailCode(CmmnCodeVO vo) throws Exception {
		insert("CmmnCode.insertCmmnDetailCode", vo);
	}
}
