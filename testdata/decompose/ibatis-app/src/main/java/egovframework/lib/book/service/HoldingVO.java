package egovframework.lib.book.service;

import java.io.Serializable;

/** HoldingVO */
@SuppressWarnings("serial")
public class HoldingVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
