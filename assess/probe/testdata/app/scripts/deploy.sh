#!/bin/sh
# 운영계 배포 (수작업 보조 스크립트)
mvn -B package
scp target/portal.war jeus@was01:/home/jeus/deploy/
