package egovframework.cvpl.mber.service.impl;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.mber.service.LoginService;
import egovframework.cvpl.org.service.OrgService;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 로그인 서비스 구현: 일반회원과 업무사용자 모두 처리
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
@Service("loginService")
public class LoginServiceImpl extends EgovAbstractServiceImpl implements LoginService {

	@Resource(name = "mberDAO")
	private MberDAO mberDAO;

	@Resource(name = "orgService")
	private OrgService orgService;

	@Override
	public LoginVO actionLogin(LoginVO vo) throws Exception {
		LoginVO result;
		if ("USR".equals(vo.getUserSe())) {
			result = orgService.actionLogin(vo);
		} else {
			result = mberDAO.selectMberByLogin(vo);
		}
		vo.setLoginResult(result == null ? "F" : "S");
		mberDAO.insertLoginHist(vo);
		return result;
	}

	@Override
	public List<?> selectLoginHistList(LoginVO vo) throws Exception {
		return mberDAO.selectLoginHistList(vo);
	}

}
