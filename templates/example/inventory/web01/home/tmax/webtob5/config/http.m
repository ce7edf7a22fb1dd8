######################################################################
# 민원포털 WebtoB 5 환경설정 (http.m)
#  - 컴파일: wscfl -i http.m  /  기동: wsboot  /  종료: wsdown
#  - 2023.11 SSL 인증서 갱신 (운영팀)
######################################################################
*DOMAIN
minwon

*NODE
web01           WEBTOBDIR = "/home/tmax/webtob5",
                SHMKEY = 54000,
                DOCROOT = "/home/tmax/webtob5/docs",
                PORT = "80,443",
                HTH = 1,
                JSVPORT = 9999,
                User = "tmax",
                Group = "tmax",
                IndexName = "index.html",
                Options = "-INDEX",
                Timeout = 300,
                KeepAliveTimeout = 60,
                LOGGING = "log1",
                ERRORLOG = "log2",
                SYSLOG = "syslog"

*VHOST
vhost_ssl       DOCROOT = "/home/tmax/webtob5/docs",
                HOSTNAME = "minwon.example.go.kr",
                PORT = "443",
                SSLFLAG = Y,
                SSLNAME = "ssl_minwon",
                LOGGING = "log3",
                ERRORLOG = "log2"

*SSL
ssl_minwon      CertificateFile = "/home/tmax/webtob5/ssl/minwon.crt",
                CertificateKeyFile = "/home/tmax/webtob5/ssl/minwon.key",
                CACertificateFile = "/home/tmax/webtob5/ssl/chain.crt",
                Protocols = "-SSLv2,-SSLv3,-TLSv1,-TLSv1.1",
                RequiredCiphers = "HIGH:!aNULL:!MD5"

*SVRGROUP
htmlg           NODENAME = "web01", SVRTYPE = HTML
jsvg            NODENAME = "web01", SVRTYPE = JSV

*SERVER
html            SVGNAME = htmlg, MinProc = 2, MaxProc = 10, ASQCount = 100
MinwonSvr       SVGNAME = jsvg, MinProc = 20, MaxProc = 40   # JEUS webtob-connector registration-id

*URI
uri_static      Uri = "/static/", Svrtype = HTML
uri_minwon      Uri = "/", Svrtype = JSV, SvrName = MinwonSvr

*ALIAS
alias_static    URI = "/static/", RealPath = "/home/tmax/webtob5/docs/static/"

*EXT
htm             MimeType = "text/html", SvrType = HTML
jsp             MimeType = "application/jsp", SvrType = JSV, SvrName = MinwonSvr
do              MimeType = "application/jsp", SvrType = JSV, SvrName = MinwonSvr

*ERRORDOCUMENT
404             Status = 404, Url = "/error/404.html"
500             Status = 500, Url = "/error/500.html"

*LOGGING
syslog          Format = "SYSLOG", FileName = "/home/tmax/webtob5/log/system.log_%M%%D%%Y%", Option = "sync"
log1            Format = "DEFAULT", FileName = "/home/tmax/webtob5/log/access.log_%M%%D%%Y%", Option = "sync"
log2            Format = "ERROR", FileName = "/home/tmax/webtob5/log/error.log_%M%%D%%Y%", Option = "sync"
log3            Format = "DEFAULT", FileName = "/home/tmax/webtob5/log/ssl_access.log_%M%%D%%Y%", Option = "sync"
