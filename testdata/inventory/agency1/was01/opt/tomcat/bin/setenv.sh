#!/bin/sh
export CATALINA_OPTS="-Xms2g -Xmx2g -Dfile.encoding=UTF-8"
