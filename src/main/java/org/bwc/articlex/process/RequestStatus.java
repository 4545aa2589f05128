package org.bwc.articlex.process;

import java.util.EnumSet;
import java.util.Set;

/** The statuses of a request (docs/processes.md). */
public enum RequestStatus {
    SUBMITTED,
    UNDER_REVIEW,
    CLARIFICATION_REQUESTED,
    SCREENING,
    BALANCE_REVIEW,
    MATCHING,
    AWAITING_OFFEROR,
    OPEN_NEED,
    FUNDING,
    IMPLEMENTATION,
    REPORTING,
    COMPLETED,
    WITHDRAWN,
    LAPSED,
    DENIED;

    private static final Set<RequestStatus> FINAL = EnumSet.of(COMPLETED, WITHDRAWN, LAPSED, DENIED);
    private static final Set<RequestStatus> IMPLEMENTATION_STARTED = EnumSet.of(IMPLEMENTATION, REPORTING, COMPLETED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** A State may withdraw until implementation has started and while the case is still open. */
    public boolean allowsWithdrawal() {
        return !isFinal() && !IMPLEMENTATION_STARTED.contains(this);
    }
}
