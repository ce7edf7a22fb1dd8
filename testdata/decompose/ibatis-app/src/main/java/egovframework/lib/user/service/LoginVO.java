package egovframework.lib.user.service;

import java.io.Serializable;

/** LoginVO */
@SuppressWarnings("serial")
public class LoginVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
