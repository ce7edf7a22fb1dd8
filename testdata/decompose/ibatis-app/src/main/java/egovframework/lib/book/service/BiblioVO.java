package egovframework.lib.book.service;

import java.io.Serializable;

/** BiblioVO */
@SuppressWarnings("serial")
public class BiblioVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
