package egovframework.minwon.cmm.service;

import java.io.Serializable;

/**
 * 로그인 사용자 세션 정보
 */
public class LoginVO implements Serializable {

	private static final long serialVersionUID = 1L;

	/** 세션 속성 이름 */
	public static final String SESSION_KEY = "loginVO";

	private String id;
	private String name;
	private String userSe;
	private String deptCode;

	public String getId() { return id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getUserSe() { return userSe; }
	public void setUserSe(String userSe) { this.userSe = userSe; }
	public String getDeptCode() { return deptCode; }
	public void setDeptCode(String deptCode) { this.deptCode = deptCode; }
}
