package egovframework.cvpl.stats.scheduler;

import java.text.SimpleDateFormat;
import java.util.Date;

import javax.annotation.Resource;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import egovframework.cvpl.stats.service.StatsService;

/**
 * 매일 새벽 2시에 전날 민원 통계를 집계한다.
 */
@Component
public class CvplStatsScheduler {

	@Resource(name = "statsService")
	private StatsService statsService;

	@Scheduled(cron = "0 0 2 * * *")
	public void aggregateDaily() throws Exception {
		String yesterday = new SimpleDateFormat("yyyyMMdd").format(new Date(System.currentTimeMillis() - 86400000L));
		statsService.aggregate(yesterday);
	}
}
