#!/bin/sh
CATALINA_HOME="/app/tomcat/apache-tomcat-9.0.85"; export CATALINA_HOME
$CATALINA_HOME/bin/startup.sh
