#!/bin/sh
cd /opt/portal
nohup java -Xms1g -Xmx1g -jar portal-api.jar --spring.config.location=/opt/portal/config/ > /dev/null 2>&1 &
