#!/bin/sh
# 야간 백업
rsync -a /data/ backup01:/backup/
