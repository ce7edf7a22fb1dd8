*DOMAIN
webtob1

*NODE
%HOSTNAME%
    WEBTOBDIR = "%WEBTOBDIR%",
    SHMKEY = 54000,
    PORT = "8088",
    JSVPORT = 9900

*SVRGROUP
jsvg
    SVRTYPE = JSV

*SERVER
MyGroup
    SVGNAME = jsvg,
    MinProc = 2
