package org.bwc.articlex.metrics;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The metrics' background work, on one thread of its own (it never competes with the job executor): the refresh of the
 * queued requests (status changes and pledges, through their events), the gauges and the offer counts. Starts
 * when the application is ready; stops with it.
 */
@Component
class MetricsScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MetricsScheduler.class);

    private final MetricsRefresher refresher;
    private final MetricsGauges gauges;
    private final MetricsProperties properties;
    private final OfferCounts offers;
    private ThreadPoolTaskScheduler scheduler;

    MetricsScheduler(MetricsRefresher refresher, MetricsGauges gauges, MetricsProperties properties, OfferCounts offers) {
        this.refresher = refresher;
        this.gauges = gauges;
        this.properties = properties;
        this.offers = offers;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("articlex-metrics-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        if (positive(properties.refreshInterval())) {
            scheduler.scheduleWithFixedDelay(this::refresh, properties.refreshInterval());
        }
        scheduler.execute(this::countOffers);
        if (positive(properties.gaugeInterval())) {
            scheduler.scheduleWithFixedDelay(gauges::refreshQuietly, properties.gaugeInterval());
            scheduler.scheduleWithFixedDelay(this::countRecentOffers, java.time.Instant.now().plus(properties.gaugeInterval()),
                    properties.gaugeInterval());
        }
    }

    private void refresh() {
        try {
            refresher.refreshNow();
        } catch (RuntimeException e) {
            log.warn("Metrics refresh failed; it is retried with the next round", e);
        }
    }

    private void countOffers() {
        try {
            offers.rebuildIfStale();
        } catch (RuntimeException e) {
            log.warn("Metrics: counting the offers failed", e);
        }
    }

    private void countRecentOffers() {
        try {
            offers.refreshRecent();
        } catch (RuntimeException e) {
            log.warn("Metrics: counting this month's offers failed", e);
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }
}
