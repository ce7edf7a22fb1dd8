package egovframework.minwon.knd.service;

import egovframework.minwon.cmm.service.ComDefaultVO;

/**
 * 민원 종류·서식 VO
 */
public class CvplKndVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String cvplKndCode;
	private String cvplKndNm;
	private String upperKndCode;
	private int processPd;
	private String chrgDeptCode;
	private long feeAmt;
	private String onlineApplAt = "Y";
	private String useAt = "Y";
	private String formId;
	private String formNm;
	private String formVer;
	private String atchFileId;
	private int itemSn;
	private String itemNm;
	private String itemTy;
	private String essntlAt = "N";
	private String registerId;

	public String getCvplKndCode() { return cvplKndCode; }
	public void setCvplKndCode(String cvplKndCode) { this.cvplKndCode = cvplKndCode; }
	public String getCvplKndNm() { return cvplKndNm; }
	public void setCvplKndNm(String cvplKndNm) { this.cvplKndNm = cvplKndNm; }
	public String getUpperKndCode() { return upperKndCode; }
	public void setUpperKndCode(String upperKndCode) { this.upperKndCode = upperKndCode; }
	public int getProcessPd() { return processPd; }
	public void setProcessPd(int processPd) { this.processPd = processPd; }
	public String getChrgDeptCode() { return chrgDeptCode; }
	public void setChrgDeptCode(String chrgDeptCode) { this.chrgDeptCode = chrgDeptCode; }
	public long getFeeAmt() { return feeAmt; }
	public void setFeeAmt(long feeAmt) { this.feeAmt = feeAmt; }
	public String getOnlineApplAt() { return onlineApplAt; }
	public void setOnlineApplAt(String onlineApplAt) { this.onlineApplAt = onlineApplAt; }
	public String getUseAt() { return useAt; }
	public void setUseAt(String useAt) { this.useAt = useAt; }
	public String getFormId() { return formId; }
	public void setFormId(String formId) { this.formId = formId; }
	public String getFormNm() { return formNm; }
	public void setFormNm(String formNm) { this.formNm = formNm; }
	public String getFormVer() { return formVer; }
	public void setFormVer(String formVer) { this.formVer = formVer; }
	public String getAtchFileId() { return atchFileId; }
	public void setAtchFileId(String atchFileId) { this.atchFileId = atchFileId; }
	public int getItemSn() { return itemSn; }
	public void setItemSn(int itemSn) { this.itemSn = itemSn; }
	public String getItemNm() { return itemNm; }
	public void setItemNm(String itemNm) { this.itemNm = itemNm; }
	public String getItemTy() { return itemTy; }
	public void setItemTy(String itemTy) { this.itemTy = itemTy; }
	public String getEssntlAt() { return essntlAt; }
	public void setEssntlAt(String essntlAt) { this.essntlAt = essntlAt; }
	public String getRegisterId() { return registerId; }
	public void setRegisterId(String registerId) { this.registerId = registerId; }
}
