package egovframework.cvpl.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.service.CmmnDetailCode;
import egovframework.cvpl.cmm.service.CodeVO;

/**
 * 공통코드 관리 DAO
 */
@Repository("cmmnCodeDAO")
public class CmmnCodeDAO extends EgovComAbstractDAO {

	public List<?> selectClCodeList() throws Exception {
		return selectList("CmmnCode.selectClCodeList");
	}

	public List<?> selectCodeList(String clCode) throws Exception {
		return selectList("CmmnCode.selectCodeList", clCode);
	}

	public List<CmmnDetailCode> selectDetailCodeList(String codeId) throws Exception {
		return selectList("CmmnCode.selectDetailCodeList", codeId);
	}

	public void insertClCode(CodeVO vo) throws Exception {
		insert("CmmnCode.insertClCode", vo);
	}

	public void insertCode(CodeVO vo) throws Exception {
		insert("CmmnCode.insertCode", vo);
	}

	public void insertDetailCode(CodeVO vo) throws Exception {
		insert("CmmnCode.insertDetailCode", vo);
	}

	public void updateDetailCode(CodeVO vo) throws Exception {
		update("CmmnCode.updateDetailCode", vo);
	}
}
