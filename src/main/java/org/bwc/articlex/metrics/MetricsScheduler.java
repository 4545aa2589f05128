package org.bwc.articlex.metrics;

import java.time.Duration;
import org.bwc.articlex.process.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The metrics' background work, on one thread of its own (it never competes with the job executor): the refresh of the
 * queued requests, the gauges, the offer counts, and — once a {@code pledge} table exists — the periodic re-derivation
 * of the requests in FUNDING. Starts when the application is ready; stops with it.
 */
@Component
class MetricsScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MetricsScheduler.class);

    private final MetricsRefresher refresher;
    private final MetricsGauges gauges;
    private final MetricsProperties properties;
    private final FactsRepository facts;
    private final OptionalTables tables;
    private final OfferCounts offers;
    private final TransactionTemplate transaction;
    private ThreadPoolTaskScheduler scheduler;

    MetricsScheduler(MetricsRefresher refresher, MetricsGauges gauges, MetricsProperties properties,
            FactsRepository facts, OptionalTables tables, OfferCounts offers, PlatformTransactionManager transactions) {
        this.refresher = refresher;
        this.gauges = gauges;
        this.properties = properties;
        this.facts = facts;
        this.tables = tables;
        this.offers = offers;
        this.transaction = new TransactionTemplate(transactions);
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
        if (positive(properties.pledgeResync())) {
            scheduler.scheduleWithFixedDelay(this::resyncFunding, java.time.Instant.now().plus(properties.pledgeResync()),
                    properties.pledgeResync());
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

    /** Pledges are not status changes: re-derive the (few) requests in FUNDING now and then. */
    private void resyncFunding() {
        if (!tables.has(OptionalTables.PLEDGE)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> facts.idsIn(RequestStatus.FUNDING, 10_000)
                    .forEach(facts::markDirty));
        } catch (RuntimeException e) {
            log.warn("Metrics: re-reading the pledges failed", e);
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
