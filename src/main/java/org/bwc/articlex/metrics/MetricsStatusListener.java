package org.bwc.articlex.metrics;

import org.bwc.articlex.funding.PledgesChanged;
import org.bwc.articlex.process.RequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a request for the metrics in the transaction that changes its status or its pledges: one small insert, no
 * lock on anything another transaction writes. {@link MetricsRefresher} does the rest a few seconds later. The
 * metrics learn of changes only through these events (docs/development.md).
 */
@Component
class MetricsStatusListener {

    private final FactsRepository facts;

    MetricsStatusListener(FactsRepository facts) {
        this.facts = facts;
    }

    @EventListener
    void onStatusChanged(RequestStatusChanged change) {
        facts.markDirty(change.requestId());
    }

    @EventListener
    void onPledgesChanged(PledgesChanged change) {
        facts.markDirty(change.requestId());
    }
}
