# 세입관리 WebtoB 설정 (EUC-KR)
*DOMAIN
webtob1

*NODE
webtob01        WEBTOBDIR="/home/webtob/webtob",
                SHMKEY = 54000,
                DOCROOT="/home/webtob/webtob/docs",
                PORT = "80",
                HTH = 1,
                JSVPORT = 9900,
                LOGGING = "log1",
                ERRORLOG = "log2"

*SVRGROUP
htmlg           NODENAME = "webtob01", SVRTYPE = HTML
jsvg            NODENAME = "webtob01", SVRTYPE = JSV

*SERVER
html            SVGNAME = htmlg, MinProc = 2, MaxProc = 10
MyGroup         SVGNAME = jsvg, MinProc = 10, MaxProc = 20   # JEUS registration-id

*URI
uri_jsv         Uri = "/jeus/", Svrtype = JSV, SvrName = MyGroup

*EXT
jsp             MimeType = "application/jsp", SvrType = JSV
do              MimeType = "application/jsp", SvrType = JSV

*LOGGING
log1            Format = "DEFAULT", FileName = "/home/webtob/webtob/log/access.log"
log2            Format = "ERROR", FileName = "/home/webtob/webtob/log/error.log"
