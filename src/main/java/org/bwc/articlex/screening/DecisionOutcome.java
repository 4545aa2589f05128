package org.bwc.articlex.screening;

import java.time.Instant;

/** A decision on a request without its inputs and findings: what the metrics read of the decision records. */
public record DecisionOutcome(DecisionKind kind, String outcome, Instant at) {
}
