package egovframework.lib.sym.log.service;

import java.io.Serializable;

/** SysLog */
@SuppressWarnings("serial")
public class SysLog implements Serializable {

	/** 검색 조건 */
	private String searchCnd = "";

	public String getSearchCnd() {
		return searchCnd;
	}
}
