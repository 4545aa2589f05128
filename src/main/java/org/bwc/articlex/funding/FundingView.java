package org.bwc.articlex.funding;

import java.time.Instant;
import java.util.List;
import org.bwc.articlex.intake.Money;

/**
 * {@code GET /api/requests/{id}/funding}: where the request's funding stands. {@code requested} is the whole-life
 * estimate of the latest round; {@code pledged} (and its synonym {@code confirmed}) what counts towards it — pledges
 * the secretariat confirmed before the funding was secured, and the offer's own funding; {@code awaitingConfirmation}
 * what donors pledged that the secretariat has not confirmed yet; {@code surplus} what was confirmed beyond the need —
 * pledges made after the funding was secured, plus any excess of {@code pledged} over {@code requested}; {@code gap}
 * what is still missing.
 *
 * <p>{@code audience} says how much the caller sees: {@code SECRETARIAT} everything; {@code REQUESTER} (the
 * requesting State) the totals, the estimate, the managers' decisions and the confirmed pledges with their donors,
 * without who recorded them; {@code DONOR} (any other party that may see the request) the totals and its own pledges,
 * nothing of other donors, the estimate or the managers' notes.
 */
public record FundingView(String requestId, FundingStatus status, String currency, Money requested, Money pledged,
        Money surplus, Money gap, Instant deadline, String fundedBy, Estimate estimate, List<PledgeView> pledges,
        List<DecisionView> decisions, Money confirmed, Money awaitingConfirmation, Audience audience) {

    public enum Audience {
        SECRETARIAT, REQUESTER, DONOR
    }

    /** The whole-life cost estimate and what it rests on ({@code REQUEST_ESTIMATE} or {@code DEFAULT}). */
    public record Estimate(String costBasis, Money oneOff, Money recurring, Money total, List<EstimateLine> lines) {
    }

    public record EstimateLine(int line, String kind, String description, Money oneOff, Money annualRecurring,
            int serviceLifeYears, Money recurringTotal, Money total) {
    }

    /**
     * {@code source}: PLEDGE (a donor) or OFFER (the matched offer's own funding). {@code receivedAt}: when the pledge
     * was made; {@code status}: PLEDGED (awaiting the secretariat), CONFIRMED, DECLINED (with {@code declineReason}),
     * RECEIVED (funds arrived, {@code fundsReceivedAt}). {@code pledgedBy} and {@code decidedBy} (user ids) only for
     * the secretariat and the donor's own pledges.
     */
    public record PledgeView(long id, String requestId, String donor, String source, Money amount, boolean surplus,
            String pledgedBy, Instant receivedAt, PledgeStatus status, String decidedBy, Instant decidedAt,
            String declineReason, Instant fundsReceivedAt) {
    }

    public record DecisionView(FundingDecision decision, String note, Money requested, Money pledged, String decidedBy,
            Instant decidedAt) {
    }
}
