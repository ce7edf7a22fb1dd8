package egovframework.cvpl.mber.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.cmm.service.impl.EgovComAbstractDAO;
import egovframework.cvpl.mber.service.MberVO;

/**
 * 회원 DAO. 매퍼 네임스페이스를 상수로 둔다.
 */
@Repository("mberDAO")
public class MberDAO extends EgovComAbstractDAO {

	/** 네임스페이스 */
	private static final String NAMESPACE = "egovframework.cvpl.mber.MberMapper" + ".";

	public List<?> selectStplatList() {
		return selectList(NAMESPACE + "selectStplatList");
	}

	public int selectIdDplct(String mberId) {
		return (Integer) selectOne(NAMESPACE + "selectIdDplct", mberId);
	}

	public void insertMber(MberVO vo) {
		insert(NAMESPACE + "insertMber", vo);
	}

	public void insertAgre(MberVO vo) {
		insert(NAMESPACE + "insertAgre", vo);
	}

	public MberVO selectMber(String mberId) {
		return selectOne(NAMESPACE + "selectMber", mberId);
	}

	public LoginVO selectMberByLogin(LoginVO vo) {
		return selectOne(NAMESPACE + "selectMberByLogin", vo);
	}

	public void updateMber(MberVO vo) {
		update(NAMESPACE + "updateMber", vo);
	}

	public void updatePassword(MberVO vo) {
		update(NAMESPACE + "updatePassword", vo);
	}

	public void updateSecsn(String mberId) {
		update(NAMESPACE + "updateSecsn", mberId);
	}

	public void insertLoginHist(LoginVO vo) {
		insert(NAMESPACE + "insertLoginHist", vo);
	}

	public List<?> selectLoginHistList(LoginVO vo) {
		return selectList(NAMESPACE + "selectLoginHistList", vo);
	}
}
