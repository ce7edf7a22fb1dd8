package egovframework.lib.cmm.service.impl;

import egovframework.lib.cmm.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 공통코드 관리 구현
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
@Service("CmmnCodeManageService")
public class CmmnCodeManageServiceImpl extends AbstractServiceImpl implements CmmnCodeManageService {

	@Resource(name="CmmnCodeManageDAO")
	private CmmnCodeManageDAO cmmnCodeManageDAO;

	/**
	 * 코드 목록
	 */
	public List selectCmmnCodeList() throws Exception {
		return cmmnCodeManageDAO.selectCmmnCodeList();
	}

	/**
	 * 분류 목록
	 */
	public List selectClCodeList() throws Exception {
		return cmmnCodeManageDAO.selectClCodeList();
	}

	/**
	 * 코드 등록
	 */
	public void insertCmmnCode(CmmnCodeVO vo) throws Exception {
		cmmnCodeManageDAO.insertCmmnCode(vo);
	}

	/**
	 * 상세코드 등록
	 */
	public void insertCmmnDetailCode(CmmnCodeVO vo) throws Exception {
		cmmnCodeManageDAO.insertCmmnDetailCode(vo);
	}

}
