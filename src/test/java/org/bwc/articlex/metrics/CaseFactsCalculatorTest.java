package org.bwc.articlex.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.RequestStatus.BALANCE_REVIEW;
import static org.bwc.articlex.process.RequestStatus.CLARIFICATION_REQUESTED;
import static org.bwc.articlex.process.RequestStatus.FUNDING;
import static org.bwc.articlex.process.RequestStatus.MATCHING;
import static org.bwc.articlex.process.RequestStatus.AWAITING_OFFEROR;
import static org.bwc.articlex.process.RequestStatus.SCREENING;
import static org.bwc.articlex.process.RequestStatus.SUBMITTED;
import static org.bwc.articlex.process.RequestStatus.UNDER_REVIEW;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;
import org.junit.jupiter.api.Test;

class CaseFactsCalculatorTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final long H = 3600;

    private static Instant at(double hours) {
        return T0.plusSeconds(Math.round(hours * H));
    }

    private static CaseSource source(RequestStatus status, List<CaseSource.StatusEntry> history,
            List<CaseSource.DecisionEntry> decisions, BigDecimal pledged, Instant accepted) {
        return new CaseSource("REQ-2024-0001", "KEN", "LABORATORY_EQUIPMENT", T0, status, at(1000),
                new BigDecimal("85000.00"), "USD", history, decisions, pledged, accepted);
    }

    private static List<CaseSource.StatusEntry> history(Object... statusAndHours) {
        List<CaseSource.StatusEntry> entries = new ArrayList<>();
        for (int i = 0; i < statusAndHours.length; i += 2) {
            entries.add(new CaseSource.StatusEntry((RequestStatus) statusAndHours[i], at(((Number) statusAndHours[i + 1]).doubleValue())));
        }
        return entries;
    }

    @Test
    void aReferralHeldInBalanceReviewThenApprovedAndMatched() {
        CaseSource source = source(FUNDING,
                history(SUBMITTED, 0, UNDER_REVIEW, 1, CLARIFICATION_REQUESTED, 25, UNDER_REVIEW, 73, SCREENING, 97,
                        BALANCE_REVIEW, 97.5, MATCHING, 337, AWAITING_OFFEROR, 338, FUNDING, 500),
                List.of(new CaseSource.DecisionEntry("ARTICLE_III_SCREENING", "REFERRED", at(97.2)),
                        new CaseSource.DecisionEntry("ARTICLE_X_BALANCE", "NEEDS_REVIEW", at(97.5)),
                        new CaseSource.DecisionEntry("ESCALATION", "CONTINUE", at(300)),
                        new CaseSource.DecisionEntry("BALANCE_REVIEW", "APPROVE_WITH_CONDITIONS", at(337))),
                new BigDecimal("20000.00"), null);

        CaseFacts facts = CaseFactsCalculator.compute(source, code -> "AFRICAN");

        assertThat(facts.region()).isEqualTo("AFRICAN");
        assertThat(facts.status()).isEqualTo(FUNDING);
        assertThat(facts.statusSince()).isEqualTo(at(500));
        assertThat(facts.screeningOutcome()).isEqualTo("REFERRED");
        assertThat(facts.balanceOutcome()).isEqualTo("NEEDS_REVIEW");
        assertThat(facts.reviewDecision()).isEqualTo("APPROVE_WITH_CONDITIONS");
        // from entering SCREENING (97 h) to the manager's decision (337 h)
        assertThat(facts.holdSeconds()).isEqualTo(240 * H);
        // two stays under review: 24 h + 24 h
        assertThat(facts.duration(UNDER_REVIEW)).isEqualTo(48 * H);
        assertThat(facts.duration(CLARIFICATION_REQUESTED)).isEqualTo(48 * H);
        assertThat(facts.duration(SCREENING)).isEqualTo(H / 2);
        assertThat(facts.duration(BALANCE_REVIEW)).isEqualTo(Math.round(239.5 * H));
        assertThat(facts.duration(AWAITING_OFFEROR)).isEqualTo(162 * H);
        // still in FUNDING: no finished stay
        assertThat(facts.duration(FUNDING)).isEqualTo(CaseFacts.NONE);
        assertThat(facts.duration(Phase.INTAKE)).isEqualTo(97 * H);
        assertThat(facts.duration(Phase.MATCHING_PHASE)).isEqualTo(163 * H);
        assertThat(facts.duration(Phase.FUNDING_PHASE)).isEqualTo(CaseFacts.NONE);
        // no proposal recorded: matched when it entered FUNDING
        assertThat(facts.matchedAt()).isEqualTo(at(500));
        assertThat(facts.requestedCents()).isEqualTo(8_500_000L);
        assertThat(facts.pledgedCents()).isEqualTo(2_000_000L);
        assertThat(facts.currency()).isEqualTo("USD");
    }

    @Test
    void anAutomaticallyBalancedScreeningEndsTheHoldAndAnAcceptedProposalDatesTheMatch() {
        CaseSource source = source(FUNDING,
                history(SUBMITTED, 0, UNDER_REVIEW, 0.05, SCREENING, 10, MATCHING, 10.02, AWAITING_OFFEROR, 11, FUNDING, 40),
                List.of(new CaseSource.DecisionEntry("ARTICLE_III_SCREENING", "CONDITIONAL", at(10.01)),
                        new CaseSource.DecisionEntry("ARTICLE_X_BALANCE", "BALANCED", at(10.02))),
                null, at(39));

        CaseFacts facts = CaseFactsCalculator.compute(source, code -> "AFRICAN");

        assertThat(facts.holdSeconds()).isEqualTo(72);
        assertThat(facts.reviewDecision()).isNull();
        assertThat(facts.matchedAt()).isEqualTo(at(39));
        assertThat(facts.pledgedCents()).isZero();
    }

    @Test
    void aCaseStillInReviewHasNoHoldYet() {
        CaseSource source = source(BALANCE_REVIEW, history(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 5, BALANCE_REVIEW, 5.1),
                List.of(new CaseSource.DecisionEntry("ARTICLE_III_SCREENING", "DENIED", at(5.05)),
                        new CaseSource.DecisionEntry("ARTICLE_X_BALANCE", "NEEDS_REVIEW", at(5.1))),
                null, null);

        CaseFacts facts = CaseFactsCalculator.compute(source, code -> "AFRICAN");

        assertThat(facts.holdSeconds()).isNull();
        assertThat(facts.matchedAt()).isNull();
        assertThat(facts.duration(BALANCE_REVIEW)).isEqualTo(CaseFacts.NONE);
        assertThat(facts.duration(Phase.SCREENING_AND_BALANCE)).isEqualTo(CaseFacts.NONE);
    }

    @Test
    void sameSourceSameFacts() {
        CaseSource source = source(SUBMITTED, history(SUBMITTED, 0), List.of(), null, null);
        assertThat(CaseFactsCalculator.compute(source, c -> "AFRICAN"))
                .isEqualTo(CaseFactsCalculator.compute(source, c -> "AFRICAN"));
    }
}
