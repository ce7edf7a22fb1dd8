package egovframework.lib.cmm.service;

import java.io.Serializable;

/** FileVO */
@SuppressWarnings("serial")
public class FileVO implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
