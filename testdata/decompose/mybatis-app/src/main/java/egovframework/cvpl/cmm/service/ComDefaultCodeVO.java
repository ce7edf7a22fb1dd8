package egovframework.cvpl.cmm.service;

import java.io.Serializable;

/** ComDefaultCodeVO */
public class ComDefaultCodeVO implements Serializable {

	private static final long serialVersionUID = 1L;

	private String codeId = "";

	public String getCodeId() { return codeId; }
	public void setCodeId(String codeId) { this.codeId = codeId; }
}
