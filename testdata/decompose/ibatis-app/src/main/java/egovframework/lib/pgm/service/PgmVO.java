package egovframework.lib.pgm.service;

import java.io.Serializable;

/** PgmVO */
@SuppressWarnings("serial")
public class PgmVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
