package egovframework.minwon.cmm.service;

/**
 * 공통코드 VO
 */
public class CmmnCodeVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String codeId;
	private String codeIdNm;
	private String codeIdDc;
	private String code;
	private String codeNm;
	private String codeDc;
	private int sortOrdr;
	private String useAt = "Y";
	private String frstRegisterId;

	public String getCodeId() { return codeId; }
	public void setCodeId(String codeId) { this.codeId = codeId; }
	public String getCodeIdNm() { return codeIdNm; }
	public void setCodeIdNm(String codeIdNm) { this.codeIdNm = codeIdNm; }
	public String getCodeIdDc() { return codeIdDc; }
	public void setCodeIdDc(String codeIdDc) { this.codeIdDc = codeIdDc; }
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getCodeNm() { return codeNm; }
	public void setCodeNm(String codeNm) { this.codeNm = codeNm; }
	public String getCodeDc() { return codeDc; }
	public void setCodeDc(String codeDc) { this.codeDc = codeDc; }
	public int getSortOrdr() { return sortOrdr; }
	public void setSortOrdr(int sortOrdr) { this.sortOrdr = sortOrdr; }
	public String getUseAt() { return useAt; }
	public void setUseAt(String useAt) { this.useAt = useAt; }
	public String getFrstRegisterId() { return frstRegisterId; }
	public void setFrstRegisterId(String frstRegisterId) { this.frstRegisterId = frstRegisterId; }
}
