# 민원포털 WebtoB: 1,2호기가 같은 http.m 을 쓴다 (wscfl 로 각자 컴파일)
*DOMAIN
webtob1

*NODE
wtweb01		WEBTOBDIR = "/webtob",
			SHMKEY = 54000,
			DOCROOT = "/webtob/docs",
			PORT = "80,443",
			HTH = 2,
			JSVPORT = 9900,
			LOGGING = "log1",
			ERRORLOG = "log2"
wtweb02		WEBTOBDIR = "/webtob",
			SHMKEY = 54000,
			DOCROOT = "/webtob/docs",
			PORT = "8088",
			HTH = 2,
			JSVPORT = 9911

*SVRGROUP
htmlg		NODENAME = "wtweb01", SVRTYPE = HTML
jsvg		NODENAME = "wtweb01", SVRTYPE = JSV

*SERVER
MinwonGroup	SVGNAME = jsvg, MinProc = 10, MaxProc = 10

*URI
uri_do		Uri = "/minwon/", SvrType = JSV
