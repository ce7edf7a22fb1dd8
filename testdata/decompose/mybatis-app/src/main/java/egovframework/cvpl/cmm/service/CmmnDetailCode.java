package egovframework.cvpl.cmm.service;

import java.io.Serializable;

/** CmmnDetailCode */
public class CmmnDetailCode implements Serializable {

	private static final long serialVersionUID = 1L;

	private String codeId = "";
	private String code = "";
	private String codeNm = "";

	public String getCodeId() { return codeId; }
	public void setCodeId(String codeId) { this.codeId = codeId; }
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getCodeNm() { return codeNm; }
	public void setCodeNm(String codeNm) { this.codeNm = codeNm; }
}
