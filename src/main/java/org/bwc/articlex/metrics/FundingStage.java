package org.bwc.articlex.metrics;

import org.bwc.articlex.process.RequestStatus;

/** Where a request stands with respect to money, from its status. */
enum FundingStage {
    /** Not yet approved (intake, screening, Balance review): what the pipeline may come to need. */
    PENDING,
    /** Approved and not yet funded (matching, awaiting the offeror, open need, funding): the funding gap. */
    OPEN,
    /** Funded: implementation, reporting, completed. */
    FUNDED;

    /** @return null for a request that will need no money (withdrawn, lapsed, denied) */
    static FundingStage of(RequestStatus status) {
        return switch (status) {
            case SUBMITTED, UNDER_REVIEW, CLARIFICATION_REQUESTED, SCREENING, BALANCE_REVIEW -> PENDING;
            case MATCHING, AWAITING_OFFEROR, OPEN_NEED, FUNDING -> OPEN;
            case IMPLEMENTATION, REPORTING, COMPLETED -> FUNDED;
            case WITHDRAWN, LAPSED, DENIED -> null;
        };
    }
}
