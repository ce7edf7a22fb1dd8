package egovframework.cvpl.cmm.service;

import java.io.Serializable;

/** FileVO */
public class FileVO implements Serializable {

	private static final long serialVersionUID = 1L;

	private String atchFileId = "";
	private String fileSn = "";
	private String orignlFileNm = "";

	public String getAtchFileId() { return atchFileId; }
	public void setAtchFileId(String atchFileId) { this.atchFileId = atchFileId; }
	public String getFileSn() { return fileSn; }
	public void setFileSn(String fileSn) { this.fileSn = fileSn; }
	public String getOrignlFileNm() { return orignlFileNm; }
	public void setOrignlFileNm(String orignlFileNm) { this.orignlFileNm = orignlFileNm; }
}
