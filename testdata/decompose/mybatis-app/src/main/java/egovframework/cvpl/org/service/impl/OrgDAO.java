package egovframework.cvpl.org.service.impl;

import java.util.List;

import javax.annotation.Resource;

import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Repository;

import egovframework.cvpl.cmm.LoginVO;
import egovframework.cvpl.org.service.DeptVO;
import egovframework.cvpl.org.service.EmplyrVO;

/**
 * 부서·직원 DAO
 */
@Repository("orgDAO")
public class OrgDAO {

	private static final String EMPLYR = "Emplyr.";
	private static final String DEPT = "Dept.";

	@Resource
	private SqlSessionTemplate sqlSession;

	public List<?> selectEmplyrList(EmplyrVO vo) {
		return sqlSession.selectList(EMPLYR + "selectEmplyrList", vo);
	}

	public EmplyrVO selectEmplyr(String emplyrId) {
		return sqlSession.selectOne(EMPLYR + "selectEmplyr", emplyrId);
	}

	public LoginVO selectEmplyrByLogin(LoginVO vo) {
		return sqlSession.selectOne(EMPLYR + "selectEmplyrByLogin", vo);
	}

	public int insertEmplyr(EmplyrVO vo) {
		return sqlSession.insert(EMPLYR + "insertEmplyr", vo);
	}

	public int updateEmplyr(EmplyrVO vo) {
		return sqlSession.update(EMPLYR + "updateEmplyr", vo);
	}

	public List<?> selectDeptTree() {
		return sqlSession.selectList(DEPT + "selectDeptTree");
	}

	public int insertDept(DeptVO vo) {
		return sqlSession.insert(DEPT + "insertDept", vo);
	}

	public int updateDept(DeptVO vo) {
		return sqlSession.update(DEPT + "updateDept", vo);
	}
}
