package egovframework.minwon.proc.service;

import egovframework.minwon.cmm.service.ComDefaultVO;

/**
 * 민원 처리·결재 VO
 */
public class CvplProcessVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String rcptNo;
	private int processSn;
	private String processSttusCode;
	private String processCn;
	private String answerCn;
	private String atchFileId;
	private String aftchTmlmtDe;
	private String extnResn;
	private String[] sanctnerIds;
	private String sanctnId;
	private String sanctnSttusCode;
	private String sanctnOpinion;
	private String userId;

	public String getRcptNo() { return rcptNo; }
	public void setRcptNo(String rcptNo) { this.rcptNo = rcptNo; }
	public int getProcessSn() { return processSn; }
	public void setProcessSn(int processSn) { this.processSn = processSn; }
	public String getProcessSttusCode() { return processSttusCode; }
	public void setProcessSttusCode(String processSttusCode) { this.processSttusCode = processSttusCode; }
	public String getProcessCn() { return processCn; }
	public void setProcessCn(String processCn) { this.processCn = processCn; }
	public String getAnswerCn() { return answerCn; }
	public void setAnswerCn(String answerCn) { this.answerCn = answerCn; }
	public String getAtchFileId() { return atchFileId; }
	public void setAtchFileId(String atchFileId) { this.atchFileId = atchFileId; }
	public String getAftchTmlmtDe() { return aftchTmlmtDe; }
	public void setAftchTmlmtDe(String aftchTmlmtDe) { this.aftchTmlmtDe = aftchTmlmtDe; }
	public String getExtnResn() { return extnResn; }
	public void setExtnResn(String extnResn) { this.extnResn = extnResn; }
	public String[] getSanctnerIds() { return sanctnerIds; }
	public void setSanctnerIds(String[] sanctnerIds) { this.sanctnerIds = sanctnerIds; }
	public String getSanctnId() { return sanctnId; }
	public void setSanctnId(String sanctnId) { this.sanctnId = sanctnId; }
	public String getSanctnSttusCode() { return sanctnSttusCode; }
	public void setSanctnSttusCode(String sanctnSttusCode) { this.sanctnSttusCode = sanctnSttusCode; }
	public String getSanctnOpinion() { return sanctnOpinion; }
	public void setSanctnOpinion(String sanctnOpinion) { this.sanctnOpinion = sanctnOpinion; }
	public String getUserId() { return userId; }
	public void setUserId(String userId) { this.userId = userId; }
}
