package egovframework.minwon.mber.service.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.xml.bind.DatatypeConverter;

import org.springframework.stereotype.Service;

import egovframework.minwon.cmm.service.LoginVO;
import egovframework.minwon.mber.service.MberService;
import egovframework.minwon.mber.service.MberVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 회원 관리 서비스 구현
 */
@Service("mberService")
public class MberServiceImpl extends EgovAbstractServiceImpl implements MberService {

	@Resource(name = "mberDAO")
	private MberDAO mberDAO;

	@Override
	public MberVO selectMber(String mberId) throws Exception {
		return mberDAO.selectMber(mberId);
	}

	@Override
	public List<EgovMap> selectMberAgreList(String mberId) throws Exception {
		return mberDAO.selectMberAgreList(mberId);
	}

	@Override
	public void insertMber(MberVO vo) throws Exception {
		vo.setPassword(encryptPassword(vo.getPassword(), vo.getMberId()));
		mberDAO.insertMber(vo);
		String[] codes = vo.getStplatCodes();
		for (int i = 0; codes != null && i < codes.length; i++) {
			mberDAO.insertMberAgre(agre(vo, i));
		}
	}

	@Override
	public void updateMber(MberVO vo) throws Exception {
		mberDAO.updateMber(vo);
		String[] codes = vo.getStplatCodes();
		for (int i = 0; codes != null && i < codes.length; i++) {
			mberDAO.updateMberAgre(agre(vo, i));
		}
	}

	@Override
	public void secsnMber(String mberId) throws Exception {
		mberDAO.deleteMberAgre(mberId);
		mberDAO.secsnMber(mberId);
	}

	@Override
	public LoginVO actionLogin(MberVO vo) throws Exception {
		vo.setPassword(encryptPassword(vo.getPassword(), vo.getMberId()));
		EgovMap mber = mberDAO.selectLoginMber(vo);
		if (mber == null) {
			return null;
		}
		mberDAO.updateLastLogin(vo.getMberId());
		LoginVO login = new LoginVO();
		login.setId((String) mber.get("mberId"));
		login.setName((String) mber.get("mberNm"));
		login.setUserSe((String) mber.get("mberSe"));
		login.setDeptCode((String) mber.get("deptCode"));
		return login;
	}

	private Map<String, Object> agre(MberVO vo, int i) {
		Map<String, Object> agre = new HashMap<String, Object>();
		agre.put("mberId", vo.getMberId());
		agre.put("stplatCode", vo.getStplatCodes()[i]);
		agre.put("agreAt", vo.getAgreAts() != null && i < vo.getAgreAts().length ? vo.getAgreAts()[i] : "N");
		return agre;
	}

	/** 비밀번호를 아이디를 솔트로 하여 SHA-256으로 암호화한다. */
	private static String encryptPassword(String password, String id) throws Exception {
		if (password == null) {
			return "";
		}
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		md.reset();
		md.update(id.getBytes(StandardCharsets.UTF_8));
		return DatatypeConverter.printBase64Binary(md.digest(password.getBytes(StandardCharsets.UTF_8)));
	}
}
