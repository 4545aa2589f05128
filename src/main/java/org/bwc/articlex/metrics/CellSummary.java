package org.bwc.articlex.metrics;

import java.util.List;
import org.bwc.articlex.process.RequestStatus;

/**
 * The sum of the {@link CaseFacts} of a set of requests: one row of {@code metrics_cell}, a difference to apply to
 * one, or the answer to a query (cells and the facts of partial months added together). Every figure the metrics
 * API reports is read from one of these.
 */
final class CellSummary {

    static final List<String> SCREENING_OUTCOMES = List.of("CLEARED", "CONDITIONAL", "REFERRED", "DENIED");
    static final List<String> REVIEW_DECISIONS = List.of("APPROVE", "APPROVE_WITH_CONDITIONS", "DENY");
    static final int DURATIONS = Phase.TIMED_STATUSES.size() + Phase.TIMED_PHASES.size();
    private static final int FORMAT = 1;

    long requests;
    final long[] byStatus = new long[RequestStatus.values().length];
    final long[] byScreening = new long[SCREENING_OUTCOMES.size()];
    final long[] byReview = new long[REVIEW_DECISIONS.size()];
    long matched;
    final DurationHistogram hold = new DurationHistogram();
    /** {@link Phase#TIMED_STATUSES} first, then {@link Phase#TIMED_PHASES}. */
    final DurationHistogram[] durations = new DurationHistogram[DURATIONS];
    final MoneyTotals money = new MoneyTotals();

    CellSummary() {
        for (int i = 0; i < DURATIONS; i++) {
            durations[i] = new DurationHistogram();
        }
    }

    static CellSummary of(CaseFacts facts) {
        CellSummary summary = new CellSummary();
        summary.add(facts, 1);
        return summary;
    }

    void add(CaseFacts facts, int sign) {
        requests += sign;
        byStatus[facts.status().ordinal()] += sign;
        int screening = facts.screeningOutcome() == null ? -1 : SCREENING_OUTCOMES.indexOf(facts.screeningOutcome());
        if (screening >= 0) {
            byScreening[screening] += sign;
        }
        int review = facts.reviewDecision() == null ? -1 : REVIEW_DECISIONS.indexOf(facts.reviewDecision());
        if (review >= 0) {
            byReview[review] += sign;
        }
        if (facts.matchedAt() != null) {
            matched += sign;
        }
        if (facts.holdSeconds() != null) {
            hold.add(DurationHistogram.bucket(facts.holdSeconds()), sign);
        }
        for (int i = 0; i < Phase.TIMED_STATUSES.size(); i++) {
            long seconds = facts.duration(Phase.TIMED_STATUSES.get(i));
            if (seconds >= 0) {
                durations[i].add(DurationHistogram.bucket(seconds), sign);
            }
        }
        for (int p = 0; p < Phase.TIMED_PHASES.size(); p++) {
            long seconds = facts.duration(Phase.TIMED_PHASES.get(p));
            if (seconds >= 0) {
                durations[Phase.TIMED_STATUSES.size() + p].add(DurationHistogram.bucket(seconds), sign);
            }
        }
        FundingStage stage = FundingStage.of(facts.status());
        if (stage != null && facts.currency() != null && facts.requestedCents() != null) {
            money.add(facts.currency(), stage, facts.requestedCents(), facts.pledgedCents(), sign);
        }
    }

    void add(CellSummary other, int sign) {
        addCounts(other, sign);
        hold.add(other.hold, sign);
        for (int i = 0; i < DURATIONS; i++) {
            durations[i].add(other.durations[i], sign);
        }
        money.add(other.money, sign);
    }

    void addCounts(CellSummary other, int sign) {
        requests += sign * other.requests;
        for (int i = 0; i < byStatus.length; i++) {
            byStatus[i] += sign * other.byStatus[i];
        }
        for (int i = 0; i < byScreening.length; i++) {
            byScreening[i] += sign * other.byScreening[i];
        }
        for (int i = 0; i < byReview.length; i++) {
            byReview[i] += sign * other.byReview[i];
        }
        matched += sign * other.matched;
    }

    long status(RequestStatus status) {
        return byStatus[status.ordinal()];
    }

    long screening(String outcome) {
        return byScreening[SCREENING_OUTCOMES.indexOf(outcome)];
    }

    long review(String decision) {
        return byReview[REVIEW_DECISIONS.indexOf(decision)];
    }

    DurationHistogram duration(RequestStatus status) {
        return durations[Phase.timedIndex(status)];
    }

    DurationHistogram duration(Phase phase) {
        return durations[Phase.TIMED_STATUSES.size() + Phase.TIMED_PHASES.indexOf(phase)];
    }

    /** Nothing counted at all: the cell row can go. */
    boolean isEmpty() {
        if (requests != 0 || matched != 0 || !hold.isEmpty() || !money.isEmpty()) {
            return false;
        }
        for (long[] counts : new long[][] {byStatus, byScreening, byReview}) {
            for (long count : counts) {
                if (count != 0) {
                    return false;
                }
            }
        }
        for (DurationHistogram histogram : durations) {
            if (!histogram.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    byte[] holdBytes() {
        BinaryCodec.Writer out = new BinaryCodec.Writer();
        out.writeByte(FORMAT);
        hold.writeTo(out);
        return out.toByteArray();
    }

    byte[] durationBytes() {
        BinaryCodec.Writer out = new BinaryCodec.Writer();
        out.writeByte(FORMAT);
        out.writeVarLong(DURATIONS);
        for (DurationHistogram histogram : durations) {
            histogram.writeTo(out);
        }
        return out.toByteArray();
    }

    byte[] moneyBytes() {
        BinaryCodec.Writer out = new BinaryCodec.Writer();
        out.writeByte(FORMAT);
        money.writeTo(out);
        return out.toByteArray();
    }

    void addHold(byte[] bytes) {
        if (bytes != null) {
            BinaryCodec.Reader in = reader(bytes);
            hold.addFrom(in);
        }
    }

    void addDurations(byte[] bytes) {
        if (bytes != null) {
            BinaryCodec.Reader in = reader(bytes);
            long stored = in.readVarLong();
            if (stored != DURATIONS) {
                throw new IllegalStateException("metrics_cell.duration_hist holds " + stored + " histograms, expected "
                        + DURATIONS + ": rebuild the metrics cells");
            }
            for (DurationHistogram histogram : durations) {
                histogram.addFrom(in);
            }
        }
    }

    void addMoney(byte[] bytes) {
        if (bytes != null) {
            money.addFrom(reader(bytes));
        }
    }

    private static BinaryCodec.Reader reader(byte[] bytes) {
        BinaryCodec.Reader in = new BinaryCodec.Reader(bytes);
        int format = in.readByte();
        if (format != FORMAT) {
            throw new IllegalStateException("Unknown metrics cell format " + format + ": rebuild the metrics cells");
        }
        return in;
    }
}
