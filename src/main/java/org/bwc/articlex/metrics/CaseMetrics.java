package org.bwc.articlex.metrics;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For features whose changes to a request are not status changes (a pledge, say): call {@link #changed} in the
 * transaction of the change and the metrics take it into account with the next refresh. Status changes need
 * nothing: every one is queued already.
 */
@Component
public class CaseMetrics {

    private final FactsRepository facts;

    CaseMetrics(FactsRepository facts) {
        this.facts = facts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String requestId) {
        facts.markDirty(requestId);
    }
}
