package egovframework.lib.cmm.service;

import java.io.Serializable;

/** ComDefaultCodeVO */
@SuppressWarnings("serial")
public class ComDefaultCodeVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
