package egovframework.lib.cmm.service;

import java.io.Serializable;

/** CmmnCodeVO */
@SuppressWarnings("serial")
public class CmmnCodeVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
