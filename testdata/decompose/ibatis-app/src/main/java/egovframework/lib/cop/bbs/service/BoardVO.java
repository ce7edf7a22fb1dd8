package egovframework.lib.cop.bbs.service;

import java.io.Serializable;

/** BoardVO */
@SuppressWarnings("serial")
public class BoardVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
