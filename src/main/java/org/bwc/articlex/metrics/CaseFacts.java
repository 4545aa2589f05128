package org.bwc.articlex.metrics;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.bwc.articlex.process.RequestStatus;

/**
 * What the metrics know of one request: a row of {@code metrics_case}, derived from the request tables by
 * {@link CaseFactsCalculator}. The cells are the sum of these rows; a change of a case changes the cells by the
 * difference between its old and its new facts.
 *
 * @param holdSeconds   from entering SCREENING to the final balance decision; null while undecided
 * @param durations     seconds spent in each status of {@link Phase#TIMED_STATUSES} that the case has left, summed
 *                      over its stays there; -1 where it never stayed or still is
 * @param matchedAt     when an offer was accepted for it; null when never matched
 */
record CaseFacts(String requestId, String requestingState, String region, String category, Instant createdAt,
        RequestStatus status, Instant statusSince, String screeningOutcome, String balanceOutcome, String reviewDecision,
        Long holdSeconds, String currency, Long requestedCents, long pledgedCents, Instant matchedAt, long[] durations) {

    static final long NONE = -1;

    CaseFacts {
        Objects.requireNonNull(requestId);
        Objects.requireNonNull(status);
        durations = durations.clone();
        if (durations.length != Phase.TIMED_STATUSES.size()) {
            throw new IllegalArgumentException("one duration per timed status");
        }
    }

    @Override
    public long[] durations() {
        return durations.clone();
    }

    long duration(RequestStatus status) {
        int index = Phase.timedIndex(status);
        return index < 0 ? NONE : durations[index];
    }

    /** The time spent in a phase the case has left (the sum of its statuses), or {@link #NONE}. */
    long duration(Phase phase) {
        if (phase.statuses().contains(status)) {
            return NONE;
        }
        long sum = NONE;
        for (RequestStatus s : phase.statuses()) {
            long d = duration(s);
            if (d >= 0) {
                sum = sum < 0 ? d : sum + d;
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseFacts f && requestId.equals(f.requestId) && requestingState.equals(f.requestingState)
                && region.equals(f.region) && category.equals(f.category) && createdAt.equals(f.createdAt)
                && status == f.status && statusSince.equals(f.statusSince)
                && Objects.equals(screeningOutcome, f.screeningOutcome) && Objects.equals(balanceOutcome, f.balanceOutcome)
                && Objects.equals(reviewDecision, f.reviewDecision) && Objects.equals(holdSeconds, f.holdSeconds)
                && Objects.equals(currency, f.currency) && Objects.equals(requestedCents, f.requestedCents)
                && pledgedCents == f.pledgedCents && Objects.equals(matchedAt, f.matchedAt)
                && Arrays.equals(durations, f.durations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, status, statusSince) * 31 + Arrays.hashCode(durations);
    }

    @Override
    public String toString() {
        return "CaseFacts[" + requestId + " " + requestingState + "/" + region + " " + category + " " + status
                + " since " + statusSince + ", screening " + screeningOutcome + ", balance " + balanceOutcome
                + ", review " + reviewDecision + ", hold " + holdSeconds + " s, " + requestedCents + " " + currency
                + " cents, pledged " + pledgedCents + ", matched " + matchedAt + ", durations "
                + Arrays.toString(durations) + "]";
    }
}
