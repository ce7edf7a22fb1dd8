package egovframework.minwon.cmm.service;

import java.io.Serializable;

/**
 * 목록 조회 공통 VO (검색조건, 페이징)
 */
public class ComDefaultVO implements Serializable {

	private static final long serialVersionUID = 1L;

	private String searchCondition = "";
	private String searchKeyword = "";
	private String searchBgnde = "";
	private String searchEndde = "";
	private int pageIndex = 1;
	private int pageUnit = 10;
	private int pageSize = 10;
	private int firstIndex = 1;
	private int lastIndex = 1;
	private int recordCountPerPage = 10;

	public String getSearchCondition() { return searchCondition; }
	public void setSearchCondition(String searchCondition) { this.searchCondition = searchCondition; }
	public String getSearchKeyword() { return searchKeyword; }
	public void setSearchKeyword(String searchKeyword) { this.searchKeyword = searchKeyword; }
	public String getSearchBgnde() { return searchBgnde; }
	public void setSearchBgnde(String searchBgnde) { this.searchBgnde = searchBgnde; }
	public String getSearchEndde() { return searchEndde; }
	public void setSearchEndde(String searchEndde) { this.searchEndde = searchEndde; }
	public int getPageIndex() { return pageIndex; }
	public void setPageIndex(int pageIndex) { this.pageIndex = pageIndex; }
	public int getPageUnit() { return pageUnit; }
	public void setPageUnit(int pageUnit) { this.pageUnit = pageUnit; }
	public int getPageSize() { return pageSize; }
	public void setPageSize(int pageSize) { this.pageSize = pageSize; }
	public int getFirstIndex() { return firstIndex; }
	public void setFirstIndex(int firstIndex) { this.firstIndex = firstIndex; }
	public int getLastIndex() { return lastIndex; }
	public void setLastIndex(int lastIndex) { this.lastIndex = lastIndex; }
	public int getRecordCountPerPage() { return recordCountPerPage; }
	public void setRecordCountPerPage(int recordCountPerPage) { this.recordCountPerPage = recordCountPerPage; }
}
