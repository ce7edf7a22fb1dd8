package egovframework.lib.user.service;

import java.io.Serializable;

/** UserVO */
@SuppressWarnings("serial")
public class UserVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
