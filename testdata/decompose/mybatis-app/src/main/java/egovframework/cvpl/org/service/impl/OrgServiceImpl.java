package egovframework.cvpl.org.service.impl;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.org.service.DeptVO;
import egovframework.cvpl.org.service.EmplyrVO;
import egovframework.cvpl.org.service.OrgService;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 조직 관리 서비스 구현
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
@Service("orgService")
public class OrgServiceImpl extends EgovAbstractServiceImpl implements OrgService {

	@Resource(name = "orgDAO")
	private OrgDAO orgDAO;

	@Override
	public List<?> selectEmplyrList(EmplyrVO vo) throws Exception {
		return orgDAO.selectEmplyrList(vo);
	}

	@Override
	public EmplyrVO selectEmplyr(String emplyrId) throws Exception {
		return orgDAO.selectEmplyr(emplyrId);
	}

	@Override
	public void insertEmplyr(EmplyrVO vo) throws Exception {
		vo.setPassword(EgovFileScrty.encryptPassword(vo.getPassword(), vo.getEmplyrId()));
		orgDAO.insertEmplyr(vo);
	}

	@Override
	public void updateEmplyr(EmplyrVO vo) throws Exception {
		orgDAO.updateEmplyr(vo);
	}

	@Override
	public List<?> selectDeptTree() throws Exception {
		return orgDAO.selectDeptTree();
	}

	@Override
	public void insertDept(DeptVO vo) throws Exception {
		orgDAO.insertDept(vo);
	}

	@Override
	public void updateDept(DeptVO vo) throws Exception {
		orgDAO.updateDept(vo);
	}

	@Override
	public LoginVO actionLogin(LoginVO vo) throws Exception {
		return orgDAO.selectEmplyrByLogin(vo);
	}

}
