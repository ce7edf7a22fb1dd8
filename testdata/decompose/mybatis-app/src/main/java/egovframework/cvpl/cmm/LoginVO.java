package egovframework.cvpl.cmm;

import java.io.Serializable;

/**
 * 세션 사용자 정보
 */
public class LoginVO implements Serializable {
	private static final long serialVersionUID = -1L;
	private String id;
	private String name;
	/** GNR: 일반회원, USR: 업무사용자 */
	private String userSe;
	private String loginResult;
	public String getId() { return id; }
	public void setId(String id) { this.id = id; }
	public String getUserSe() { return userSe; }
	public void setLoginResult(String r) { this.loginResult = r; }
}
