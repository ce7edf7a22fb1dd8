package egovframework.lib.fac.service;

import java.io.Serializable;

/** FacVO */
@SuppressWarnings("serial")
public class FacVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
