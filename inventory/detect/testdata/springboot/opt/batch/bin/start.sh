#!/bin/sh
# 배치 서버 기동 스크립트
APP_HOME=/opt/batch
JAVA_OPTS="-Xms256m -Xmx512m"
cd $APP_HOME
nohup java $JAVA_OPTS \
  -jar $APP_HOME/lib/batch.jar --server.port=9090 > /dev/null 2>&1 &
echo $! > batch.pid
