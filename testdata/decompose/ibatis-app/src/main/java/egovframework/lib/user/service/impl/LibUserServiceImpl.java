package egovframework.lib.user.service.impl;

import egovframework.lib.user.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 도서관 이용자 관리 구현
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
@Service("libUserService")
public class LibUserServiceImpl extends AbstractServiceImpl implements LibUserService {

	@Resource(name="libUserDAO")
	private LibUserDAO libUserDAO;

	/**
	 * 이용자 조회
	 */
	public UserVO selectUser(String userId) throws Exception {
		return libUserDAO.selectUser(userId);
	}

	/**
	 * 이용자 목록
	 */
	public List selectUserList(UserVO vo) throws Exception {
		return libUserDAO.selectUserList(vo);
	}

	/**
	 * 회원 가입: 이용자, 약관동의, 회원증
	 */
	public void insertUser(UserVO vo) throws Exception {
		libUserDAO.insertUser(vo);
		for (String se : vo.getAgreSeList()) {
		    vo.setAgreSe(se);
		    libUserDAO.insertUserAgre(vo);
		}
		vo.setCardNo(vo.getUserId() + "01");
		libUserDAO.insertCard(vo);
	}

	/**
	 * 회원증 재발급
	 */
	public void reissueCard(UserVO vo) throws Exception {
		libUserDAO.disableCard(vo);
		libUserDAO.insertCard(vo);
	}

	/**
	 * 정보 수정
	 */
	public void updateUser(UserVO vo) throws Exception {
		libUserDAO.updateUser(vo);
	}

	/**
	 * 등급 변경
	 */
	public void updateGrad(UserVO vo) throws Exception {
		libUserDAO.updateGrad(vo);
	}

	/**
	 * 로그인
	 */
	public LoginVO actionLogin(LoginVO vo) throws Exception {
		return libUserDAO.selectLogin(vo);
	}

}
