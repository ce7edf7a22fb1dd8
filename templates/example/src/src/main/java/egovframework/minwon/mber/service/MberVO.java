package egovframework.minwon.mber.service;

import egovframework.minwon.cmm.service.ComDefaultVO;

/**
 * 회원 VO
 */
public class MberVO extends ComDefaultVO {

	private static final long serialVersionUID = 1L;

	private String mberId;
	private String password;
	private String mberNm;
	private String mberSe;
	private String deptCode;
	private String brthdy;
	private String mbtlnum;
	private String emailAdres;
	private String zip;
	private String adres;
	private String detailAdres;
	private String[] stplatCodes;
	private String[] agreAts;
	private String conectIp;

	public String getMberId() { return mberId; }
	public void setMberId(String mberId) { this.mberId = mberId; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getMberNm() { return mberNm; }
	public void setMberNm(String mberNm) { this.mberNm = mberNm; }
	public String getMberSe() { return mberSe; }
	public void setMberSe(String mberSe) { this.mberSe = mberSe; }
	public String getDeptCode() { return deptCode; }
	public void setDeptCode(String deptCode) { this.deptCode = deptCode; }
	public String getBrthdy() { return brthdy; }
	public void setBrthdy(String brthdy) { this.brthdy = brthdy; }
	public String getMbtlnum() { return mbtlnum; }
	public void setMbtlnum(String mbtlnum) { this.mbtlnum = mbtlnum; }
	public String getEmailAdres() { return emailAdres; }
	public void setEmailAdres(String emailAdres) { this.emailAdres = emailAdres; }
	public String getZip() { return zip; }
	public void setZip(String zip) { this.zip = zip; }
	public String getAdres() { return adres; }
	public void setAdres(String adres) { this.adres = adres; }
	public String getDetailAdres() { return detailAdres; }
	public void setDetailAdres(String detailAdres) { this.detailAdres = detailAdres; }
	public String[] getStplatCodes() { return stplatCodes; }
	public void setStplatCodes(String[] stplatCodes) { this.stplatCodes = stplatCodes; }
	public String[] getAgreAts() { return agreAts; }
	public void setAgreAts(String[] agreAts) { this.agreAts = agreAts; }
	public String getConectIp() { return conectIp; }
	public void setConectIp(String conectIp) { this.conectIp = conectIp; }
}
