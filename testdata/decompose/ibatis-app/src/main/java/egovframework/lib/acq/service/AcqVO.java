package egovframework.lib.acq.service;

import java.io.Serializable;

/** AcqVO */
@SuppressWarnings("serial")
public class AcqVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
