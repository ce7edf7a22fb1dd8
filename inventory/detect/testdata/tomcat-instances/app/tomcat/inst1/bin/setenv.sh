#!/bin/sh
# 인스턴스 1 환경
export CATALINA_HOME=/app/tomcat/apache-tomcat-9.0.85
export CATALINA_BASE=/app/tomcat/inst1
CATALINA_OPTS="$CATALINA_OPTS -Xms2g -Xmx2g -Dfile.encoding=UTF-8"
