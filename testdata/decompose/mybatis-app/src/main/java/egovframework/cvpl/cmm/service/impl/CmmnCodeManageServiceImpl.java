package egovframework.cvpl.cmm.service.impl;

import egovframework.cvpl.cmm.service.CmmnCodeManageService;
import egovframework.cvpl.cmm.service.CodeVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 공통코드 관리 서비스 구현
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
@Service("cmmnCodeManageService")
public class CmmnCodeManageServiceImpl extends EgovAbstractServiceImpl implements CmmnCodeManageService {

	@Resource(name = "cmmnCodeDAO")
	private CmmnCodeDAO cmmnCodeDAO;

	@Override
	public List<?> selectClCodeList() throws Exception {
		return cmmnCodeDAO.selectClCodeList();
	}

	@Override
	public List<?> selectCodeList(String clCode) throws Exception {
		return cmmnCodeDAO.selectCodeList(clCode);
	}

	@Override
	public List<?> selectDetailCodeList(String codeId) throws Exception {
		return cmmnCodeDAO.selectDetailCodeList(codeId);
	}

	@Override
	public void insertDetailCode(CodeVO vo) throws Exception {
		cmmnCodeDAO.insertDetailCode(vo);
	}

	@Override
	public void insertCode(CodeVO vo) throws Exception {
		if (vo.isNewClCode()) {
			cmmnCodeDAO.insertClCode(vo);
		}
		cmmnCodeDAO.insertCode(vo);
	}

}
