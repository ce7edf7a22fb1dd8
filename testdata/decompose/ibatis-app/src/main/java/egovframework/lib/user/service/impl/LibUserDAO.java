package egovframework.lib.user.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.user.service.*;

/**
 * LibUserDAO 데이터 접근 클래스
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
@Repository("libUserDAO")
public class LibUserDAO extends EgovAbstractDAO {

	/**
	 * selectUser
	 */
	public UserVO selectUser(String userId) throws Exception {
		return (UserVO) getSqlMapClientTemplate().queryForObject("User.selectUser", userId);
	}

	/**
	 * selectUserList
	 */
	public List selectUserList(UserVO vo) throws Exception {
		return list("User.selectUserList", vo);
	}

	/**
	 * insertUser
	 */
	public void insertUser(UserVO vo) throws Exception {
		insert("User.insertUser", vo);
	}

	/**
	 * insertUserAgre
	 */
	public void insertUserAgre(UserVO vo) throws Exception {
		insert("User.insertUserAgre", vo);
	}

	/**
	 * insertCard
	 */
	public void insertCard(UserVO vo) throws Exception {
		insert("User.insertCard", vo);
	}

	/**
	 * disableCard
	 */
	public void disableCard(UserVO vo) throws Exception {
		update("User.disableCard", vo);
	}

	/**
	 * updateUser
	 */
	public void updateUser(UserVO vo) throws Exception {
		update("User.updateUser", vo);
	}

	/**
	 * updateGrad
	 */
	public void updateGrad(UserVO vo) throws Exception {
		update("User.updateGrad", vo);
	}

	/**
	 * selectLogin
	 */
	public LoginVO selectLogin(LoginVO vo) throws Exception {
		return (LoginVO) getSqlMapClientTemplate().queryForObject("User.selectLogin", vo);
	}
}
