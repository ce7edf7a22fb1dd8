package egovframework.lib.loan.service;

import java.io.Serializable;

/** LoanVO */
@SuppressWarnings("serial")
public class LoanVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
