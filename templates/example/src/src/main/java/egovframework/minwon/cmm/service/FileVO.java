package egovframework.minwon.cmm.service;

import java.io.Serializable;

/**
 * 첨부파일 VO
 */
public class FileVO implements Serializable {

	private static final long serialVersionUID = 1L;

	private String atchFileId;
	private int fileSn;
	private String fileStreCours;
	private String streFileNm;
	private String orignlFileNm;
	private String fileExtsn;
	private long fileMg;

	public String getAtchFileId() { return atchFileId; }
	public void setAtchFileId(String atchFileId) { this.atchFileId = atchFileId; }
	public int getFileSn() { return fileSn; }
	public void setFileSn(int fileSn) { this.fileSn = fileSn; }
	public String getFileStreCours() { return fileStreCours; }
	public void setFileStreCours(String fileStreCours) { this.fileStreCours = fileStreCours; }
	public String getStreFileNm() { return streFileNm; }
	public void setStreFileNm(String streFileNm) { this.streFileNm = streFileNm; }
	public String getOrignlFileNm() { return orignlFileNm; }
	public void setOrignlFileNm(String orignlFileNm) { this.orignlFileNm = orignlFileNm; }
	public String getFileExtsn() { return fileExtsn; }
	public void setFileExtsn(String fileExtsn) { this.fileExtsn = fileExtsn; }
	public long getFileMg() { return fileMg; }
	public void setFileMg(long fileMg) { this.fileMg = fileMg; }
}
