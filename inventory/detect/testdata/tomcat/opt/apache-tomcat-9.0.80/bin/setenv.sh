#!/bin/sh
# JVM 옵션
JAVA_OPTS="$JAVA_OPTS -Xms2g -Dajp.port=8009 -Djavax.net.ssl.trustStorePassword=changeit"
export JAVA_OPTS
