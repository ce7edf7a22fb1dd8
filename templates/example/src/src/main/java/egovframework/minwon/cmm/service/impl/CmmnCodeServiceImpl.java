package egovframework.minwon.cmm.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.cmm.service.CmmnCodeService;
import egovframework.minwon.cmm.service.CmmnCodeVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 공통코드 서비스 구현
 */
@Service("cmmnCodeService")
public class CmmnCodeServiceImpl extends EgovAbstractServiceImpl implements CmmnCodeService {

	@Resource(name = "cmmnCodeDAO")
	private CmmnCodeDAO cmmnCodeDAO;

	@Override
	public List<EgovMap> selectCmmCodeDetail(String codeId) throws Exception {
		return cmmnCodeDAO.selectCmmCodeDetail(codeId);
	}

	@Override
	public List<EgovMap> selectCmmnCodeList(CmmnCodeVO searchVO) throws Exception {
		return cmmnCodeDAO.selectCmmnCodeList(searchVO);
	}

	@Override
	public int selectCmmnCodeListCnt(CmmnCodeVO searchVO) throws Exception {
		return cmmnCodeDAO.selectCmmnCodeListCnt(searchVO);
	}

	@Override
	public void insertCmmnCode(CmmnCodeVO vo) throws Exception {
		cmmnCodeDAO.insertCmmnCode(vo);
	}

	@Override
	public List<EgovMap> selectCmmnDetailCodeList(CmmnCodeVO searchVO) throws Exception {
		return cmmnCodeDAO.selectCmmnDetailCodeList(searchVO);
	}

	@Override
	public void insertCmmnDetailCode(CmmnCodeVO vo) throws Exception {
		cmmnCodeDAO.insertCmmnDetailCode(vo);
	}
}
