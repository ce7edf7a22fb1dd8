package egovframework.minwon.bbs.service;

import egovframework.minwon.cmm.service.ComDefaultVO;

/**
 * 게시판·게시물·댓글 VO
 */
public class BoardVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String bbsId;
	private String bbsNm;
	private String bbsIntrcn;
	private String bbsTyCode;
	private String replyPosblAt = "N";
	private String fileAtchPosblAt = "Y";
	private long nttId;
	private String nttSj;
	private String nttCn;
	private String noticeAt = "N";
	private String atchFileId;
	private String commentCn;
	private String registerId;
	private String registerNm;

	public String getBbsId() { return bbsId; }
	public void setBbsId(String bbsId) { this.bbsId = bbsId; }
	public String getBbsNm() { return bbsNm; }
	public void setBbsNm(String bbsNm) { this.bbsNm = bbsNm; }
	public String getBbsIntrcn() { return bbsIntrcn; }
	public void setBbsIntrcn(String bbsIntrcn) { this.bbsIntrcn = bbsIntrcn; }
	public String getBbsTyCode() { return bbsTyCode; }
	public void setBbsTyCode(String bbsTyCode) { this.bbsTyCode = bbsTyCode; }
	public String getReplyPosblAt() { return replyPosblAt; }
	public void setReplyPosblAt(String replyPosblAt) { this.replyPosblAt = replyPosblAt; }
	public String getFileAtchPosblAt() { return fileAtchPosblAt; }
	public void setFileAtchPosblAt(String fileAtchPosblAt) { this.fileAtchPosblAt = fileAtchPosblAt; }
	public long getNttId() { return nttId; }
	public void setNttId(long nttId) { this.nttId = nttId; }
	public String getNttSj() { return nttSj; }
	public void setNttSj(String nttSj) { this.nttSj = nttSj; }
	public String getNttCn() { return nttCn; }
	public void setNttCn(String nttCn) { this.nttCn = nttCn; }
	public String getNoticeAt() { return noticeAt; }
	public void setNoticeAt(String noticeAt) { this.noticeAt = noticeAt; }
	public String getAtchFileId() { return atchFileId; }
	public void setAtchFileId(String atchFileId) { this.atchFileId = atchFileId; }
	public String getCommentCn() { return commentCn; }
	public void setCommentCn(String commentCn) { this.commentCn = commentCn; }
	public String getRegisterId() { return registerId; }
	public void setRegisterId(String registerId) { this.registerId = registerId; }
	public String getRegisterNm() { return registerNm; }
	public void setRegisterNm(String registerNm) { this.registerNm = registerNm; }
}
