package org.bwc.articlex.metrics;

import static org.bwc.articlex.process.RequestStatus.AWAITING_OFFEROR;
import static org.bwc.articlex.process.RequestStatus.BALANCE_REVIEW;
import static org.bwc.articlex.process.RequestStatus.CLARIFICATION_REQUESTED;
import static org.bwc.articlex.process.RequestStatus.COMPLETED;
import static org.bwc.articlex.process.RequestStatus.DENIED;
import static org.bwc.articlex.process.RequestStatus.FUNDING;
import static org.bwc.articlex.process.RequestStatus.IMPLEMENTATION;
import static org.bwc.articlex.process.RequestStatus.LAPSED;
import static org.bwc.articlex.process.RequestStatus.MATCHING;
import static org.bwc.articlex.process.RequestStatus.OPEN_NEED;
import static org.bwc.articlex.process.RequestStatus.REPORTING;
import static org.bwc.articlex.process.RequestStatus.SCREENING;
import static org.bwc.articlex.process.RequestStatus.SUBMITTED;
import static org.bwc.articlex.process.RequestStatus.UNDER_REVIEW;
import static org.bwc.articlex.process.RequestStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bwc.articlex.process.RequestStatus;

/** The phases of the request lifecycle (docs/processes.md), each a group of statuses. */
enum Phase {
    INTAKE(SUBMITTED, UNDER_REVIEW, CLARIFICATION_REQUESTED),
    SCREENING_AND_BALANCE(SCREENING, BALANCE_REVIEW),
    MATCHING_PHASE(MATCHING, AWAITING_OFFEROR, OPEN_NEED),
    FUNDING_PHASE(FUNDING),
    IMPLEMENTATION_PHASE(IMPLEMENTATION),
    REPORTING_PHASE(REPORTING),
    CLOSED(COMPLETED, WITHDRAWN, LAPSED, DENIED);

    /** The statuses a case spends time in and leaves, in lifecycle order: those {@code /durations} reports. */
    static final List<RequestStatus> TIMED_STATUSES = Arrays.stream(RequestStatus.values())
            .filter(s -> !s.isFinal()).toList();
    /** The phases with a duration (all but {@link #CLOSED}). */
    static final List<Phase> TIMED_PHASES = List.of(INTAKE, SCREENING_AND_BALANCE, MATCHING_PHASE, FUNDING_PHASE,
            IMPLEMENTATION_PHASE, REPORTING_PHASE);

    private final Set<RequestStatus> statuses;

    Phase(RequestStatus first, RequestStatus... more) {
        this.statuses = EnumSet.of(first, more);
    }

    Set<RequestStatus> statuses() {
        return statuses;
    }

    /** The name the API uses: {@code MATCHING}, not the Java constant. */
    String label() {
        return name().replace("_PHASE", "");
    }

    static Phase of(RequestStatus status) {
        for (Phase phase : values()) {
            if (phase.statuses.contains(status)) {
                return phase;
            }
        }
        throw new IllegalArgumentException(status.name());
    }

    /** Index of a status in {@link #TIMED_STATUSES}, or -1 for a final status. */
    static int timedIndex(RequestStatus status) {
        return status.isFinal() ? -1 : TIMED_STATUSES.indexOf(status);
    }
}
