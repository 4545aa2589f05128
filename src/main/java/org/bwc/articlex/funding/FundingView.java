package org.bwc.articlex.funding;

import java.time.Instant;
import java.util.List;
import org.bwc.articlex.intake.Money;

/**
 * {@code GET /api/requests/{id}/funding}: where the request's funding stands. {@code requested} is the whole-life
 * estimate of the latest round; {@code pledged} what counts towards it (pledges made before the funding was secured,
 * and the offer's own funding); {@code surplus} what was pledged beyond the need — pledges made after the funding
 * was secured, plus any excess of {@code pledged} over {@code requested}; {@code gap} what is still missing.
 */
public record FundingView(String requestId, FundingStatus status, String currency, Money requested, Money pledged,
        Money surplus, Money gap, Instant deadline, String fundedBy, Estimate estimate, List<PledgeView> pledges,
        List<DecisionView> decisions) {

    /** The whole-life cost estimate and what it rests on ({@code REQUEST_ESTIMATE} or {@code DEFAULT}). */
    public record Estimate(String costBasis, Money oneOff, Money recurring, Money total, List<EstimateLine> lines) {
    }

    public record EstimateLine(int line, String kind, String description, Money oneOff, Money annualRecurring,
            int serviceLifeYears, Money recurringTotal, Money total) {
    }

    /** {@code source}: PLEDGE (a donor) or OFFER (the matched offer's own funding). */
    public record PledgeView(long id, String requestId, String donor, String source, Money amount, boolean surplus,
            String pledgedBy, Instant receivedAt) {
    }

    public record DecisionView(FundingDecision decision, String note, Money requested, Money pledged, String decidedBy,
            Instant decidedAt) {
    }
}
