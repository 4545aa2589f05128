package org.bwc.articlex.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.bwc.articlex.process.RequestStatus;

/**
 * Derives a request's {@link CaseFacts} from its rows (plain Java, no database): used by the refresher for live cases
 * and by the generator for historic ones, so both are counted by exactly the same rules.
 * <ul>
 * <li><b>hold</b>: from the last entry into {@code SCREENING} to the final balance decision, that is the manager's
 * latest Balance review decision, or else an Article X balance check that came out {@code BALANCED};</li>
 * <li><b>durations</b>: the time between each history entry and the next, summed per status, for the statuses the
 * case has left;</li>
 * <li><b>matched</b>: the acceptance of a proposed offer ({@code match_proposal}) or, for cases without one, the
 * first entry into a status that follows a match ({@code FUNDING} and later).</li>
 * </ul>
 */
final class CaseFactsCalculator {

    static final String SCREENING_KIND = "ARTICLE_III_SCREENING";
    static final String BALANCE_KIND = "ARTICLE_X_BALANCE";
    static final String REVIEW_KIND = "BALANCE_REVIEW";
    static final Set<RequestStatus> AFTER_MATCH = EnumSet.of(RequestStatus.FUNDING, RequestStatus.IMPLEMENTATION,
            RequestStatus.REPORTING, RequestStatus.COMPLETED);

    private CaseFactsCalculator() {
    }

    /** @param regionOf the UN regional group of a State Party's ISO3 code, {@code UNKNOWN} if none */
    static CaseFacts compute(CaseSource source, Function<String, String> regionOf) {
        String screening = null;
        String balance = null;
        Instant balancedAt = null;
        String review = null;
        Instant reviewedAt = null;
        for (CaseSource.DecisionEntry decision : source.decisions()) {
            switch (decision.kind()) {
                case SCREENING_KIND -> screening = decision.outcome();
                case BALANCE_KIND -> {
                    balance = decision.outcome();
                    balancedAt = "BALANCED".equals(decision.outcome()) ? decision.at() : null;
                }
                case REVIEW_KIND -> {
                    review = decision.outcome();
                    reviewedAt = decision.at();
                }
                default -> {
                    // escalations and other records do not change the figures
                }
            }
        }
        Instant decidedAt = reviewedAt != null ? reviewedAt : balancedAt;

        long[] durations = new long[Phase.TIMED_STATUSES.size()];
        Arrays.fill(durations, CaseFacts.NONE);
        Instant screeningEntered = null;
        Instant firstAfterMatch = null;
        var history = source.history();
        for (int i = 0; i < history.size(); i++) {
            CaseSource.StatusEntry entry = history.get(i);
            if (entry.status() == RequestStatus.SCREENING && (decidedAt == null || !entry.at().isAfter(decidedAt))) {
                screeningEntered = entry.at();
            }
            if (firstAfterMatch == null && AFTER_MATCH.contains(entry.status())) {
                firstAfterMatch = entry.at();
            }
            int index = Phase.timedIndex(entry.status());
            if (i + 1 < history.size() && index >= 0) {
                long seconds = Math.max(0, Duration.between(entry.at(), history.get(i + 1).at()).getSeconds());
                durations[index] = durations[index] < 0 ? seconds : durations[index] + seconds;
            }
        }
        int current = Phase.timedIndex(source.status());
        if (current >= 0) {
            durations[current] = CaseFacts.NONE; // still there: not a finished stay
        }
        Long hold = decidedAt == null || screeningEntered == null ? null
                : Math.max(0, Duration.between(screeningEntered, decidedAt).getSeconds());
        Instant statusSince = history.isEmpty() ? source.updatedAt() : history.get(history.size() - 1).at();
        Instant matchedAt = source.acceptedMatchAt() != null ? source.acceptedMatchAt() : firstAfterMatch;
        Long requested = cents(source.estimatedCost());
        String currency = requested == null ? null : source.currency();
        Long pledged = cents(source.pledged());
        return new CaseFacts(source.id(), source.requestingState(), regionOf.apply(source.requestingState()),
                source.category(), source.createdAt(), source.status(), statusSince, screening, balance, review, hold,
                currency, requested, pledged == null ? 0 : pledged, matchedAt, durations);
    }

    static Long cents(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
