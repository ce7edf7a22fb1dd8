package egovframework.minwon.appl.service;

import egovframework.minwon.cmm.service.ComDefaultVO;

/**
 * 민원 신청·접수 VO
 */
public class CvplApplVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String applNo;
	private String cvplKndCode;
	private String mberId;
	private String applSj;
	private String applCn;
	private String applSttusCode;
	private String recptnMthdCode;
	private String atchFileId;
	private String[] itemValues;
	private String rcptNo;
	private String chargerId;
	private String userSe;
	private String deptCode;
	private String registerId;

	public String getApplNo() { return applNo; }
	public void setApplNo(String applNo) { this.applNo = applNo; }
	public String getCvplKndCode() { return cvplKndCode; }
	public void setCvplKndCode(String cvplKndCode) { this.cvplKndCode = cvplKndCode; }
	public String getMberId() { return mberId; }
	public void setMberId(String mberId) { this.mberId = mberId; }
	public String getApplSj() { return applSj; }
	public void setApplSj(String applSj) { this.applSj = applSj; }
	public String getApplCn() { return applCn; }
	public void setApplCn(String applCn) { this.applCn = applCn; }
	public String getApplSttusCode() { return applSttusCode; }
	public void setApplSttusCode(String applSttusCode) { this.applSttusCode = applSttusCode; }
	public String getRecptnMthdCode() { return recptnMthdCode; }
	public void setRecptnMthdCode(String recptnMthdCode) { this.recptnMthdCode = recptnMthdCode; }
	public String getAtchFileId() { return atchFileId; }
	public void setAtchFileId(String atchFileId) { this.atchFileId = atchFileId; }
	public String[] getItemValues() { return itemValues; }
	public void setItemValues(String[] itemValues) { this.itemValues = itemValues; }
	public String getRcptNo() { return rcptNo; }
	public void setRcptNo(String rcptNo) { this.rcptNo = rcptNo; }
	public String getChargerId() { return chargerId; }
	public void setChargerId(String chargerId) { this.chargerId = chargerId; }
	public String getUserSe() { return userSe; }
	public void setUserSe(String userSe) { this.userSe = userSe; }
	public String getDeptCode() { return deptCode; }
	public void setDeptCode(String deptCode) { this.deptCode = deptCode; }
	public String getRegisterId() { return registerId; }
	public void setRegisterId(String registerId) { this.registerId = registerId; }
}
