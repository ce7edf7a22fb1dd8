package egovframework.minwon.stats.service;

import egovframework.minwon.cmm.service.ComDefaultVO;

/**
 * 통계 조회 조건 VO
 */
public class StatsVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String stdrYear;
	private String deptCode;

	public String getStdrYear() { return stdrYear; }
	public void setStdrYear(String stdrYear) { this.stdrYear = stdrYear; }
	public String getDeptCode() { return deptCode; }
	public void setDeptCode(String deptCode) { this.deptCode = deptCode; }
}
