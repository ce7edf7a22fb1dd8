package egovframework.cvpl.cmm.service;

import java.io.Serializable;

/** AccessLogVO */
public class AccessLogVO implements Serializable {

	private static final long serialVersionUID = 1L;

	private String userId = "";
	private String url = "";
	private String clientIp = "";

	public String getUserId() { return userId; }
	public void setUserId(String userId) { this.userId = userId; }
	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public String getClientIp() { return clientIp; }
	public void setClientIp(String clientIp) { this.clientIp = clientIp; }
}
