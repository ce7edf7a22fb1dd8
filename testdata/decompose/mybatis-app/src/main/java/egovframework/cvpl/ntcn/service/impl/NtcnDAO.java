package egovframework.cvpl.ntcn.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Repository;

import egovframework.cvpl.ntcn.service.NtcnVO;
import egovframework.cvpl.ntcn.service.TmplatVO;

/**
 * 알림(SMS/메일) 발송 DAO. SqlSessionTemplate 을 직접 사용한다.
 */
@Repository("ntcnDAO")
public class NtcnDAO {

	@Resource(name = "sqlSessionTemplate")
	private SqlSessionTemplate sqlSession;

	public void insertSmsSend(NtcnVO vo) {
		sqlSession.insert("Ntcn.insertSmsSend", vo);
	}

	public void insertEmailSend(NtcnVO vo) {
		sqlSession.insert("Ntcn.insertEmailSend", vo);
	}

	public List<?> selectTmplatList() {
		return sqlSession.selectList("Ntcn.selectTmplatList");
	}

	public void insertTmplat(TmplatVO vo) {
		this.sqlSession.insert("Ntcn.insertTmplat", vo);
	}

	public void updateTmplat(TmplatVO vo) {
		sqlSession.update("Ntcn.updateTmplat", vo);
	}

	public List<?> selectSmsSendList(NtcnVO vo) {
		return sqlSession.selectList("Ntcn.selectSmsSendList", vo);
	}
}
