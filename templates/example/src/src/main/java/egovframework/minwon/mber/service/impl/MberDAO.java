package egovframework.minwon.mber.service.impl;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import egovframework.minwon.cmm.service.impl.ComAbstractDAO;
import egovframework.minwon.mber.service.MberVO;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 회원 DAO
 * @see Mber_SQL.xml
 */
@Repository("mberDAO")
public class MberDAO extends ComAbstractDAO {

	public MberVO selectMber(String mberId) throws Exception {
		return selectOne("Mber.selectMber", mberId);
	}

	public List<EgovMap> selectMberAgreList(String mberId) throws Exception {
		return selectList("Mber.selectMberAgreList", mberId);
	}

	public void insertMber(MberVO vo) throws Exception {
		insert("Mber.insertMber", vo);
	}

	public void insertMberAgre(Map<String, Object> agre) throws Exception {
		insert("Mber.insertMberAgre", agre);
	}

	public void updateMber(MberVO vo) throws Exception {
		update("Mber.updateMber", vo);
	}

	public void updateMberAgre(Map<String, Object> agre) throws Exception {
		update("Mber.updateMberAgre", agre);
	}

	public void secsnMber(String mberId) throws Exception {
		update("Mber.secsnMber", mberId);
	}

	public void deleteMberAgre(String mberId) throws Exception {
		delete("Mber.deleteMberAgre", mberId);
	}

	public EgovMap selectLoginMber(MberVO vo) throws Exception {
		return selectOne("Mber.selectLoginMber", vo);
	}

	public void updateLastLogin(String mberId) throws Exception {
		update("Mber.updateLastLogin", mberId);
	}
}
