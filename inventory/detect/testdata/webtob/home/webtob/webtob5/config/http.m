####################################################################
#  WebtoB 환경 설정 파일 (http.m)  - 전자민원 웹서버
####################################################################
*DOMAIN
webtob1

*NODE
was01node   WEBTOBDIR="/home/webtob/webtob5",
            SHMKEY = 54000,
            DOCROOT="/home/webtob/webtob5/docs",
            PORT = "8080",
            HTH = 1,
            JSVPORT = 7700,     # JEUS 연동 포트
            LOGGING = "log1",
            ERRORLOG = "log2"

*VHOST
vhost1      DOCROOT="/home/webtob/webtob5/docs",
            HOSTNAME = "www.minwon.go.kr",
            PORT = "8443",
            SSLFLAG = Y

*SVRGROUP
htmlg       SVRTYPE = HTML
cgig        NODENAME = "was01node", SvrType = CGI
jsvg        NODENAME = "was01node", SVRTYPE = JSV
jsvg2       Nodename = "was01node",
            Svrtype = jsv

*SERVER
html        SVGNAME = htmlg, MinProc = 2, MaxProc = 10
MyGroup     SVGNAME = jsvg, MinProc = 10, MaxProc = 10
Group2      SvgName = "jsvg2",
            MinProc = 5,
            SvrChkTime = 60#,MaxQcount=100
cgi         SVGNAME = cgig

*URI
uri1        Uri = "/minwon/",   Svrtype = JSV, SvrName = MyGroup
uri2        Uri = "/board/",    Svrtype = JSV, SvrName = Group2

*REVERSE_PROXY
rproxy1     PathPrefix = "/stat/",
            ServerPathPrefix = "/stat/",
            ServerAddress = "10.10.10.41:8080"
rproxy2     PathPrefix = "/x/", ServerAddress = "%BACKEND%:80"

*EXT
htm         MimeType = "text/html", SvrType = HTML
jsp         MimeType = "application/jsp", SvrType = JSV, SvrName = MyGroup
