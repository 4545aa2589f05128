package org.bwc.articlex.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Texts and the manager's outcome of a concern. No engine. */
class ConcernRulesTest {

    private static final String RESOLUTION_30 = "r".repeat(ConcernRules.MIN_RESOLUTION);
    private static final String SUMMARY_50 = "s".repeat(ConcernRules.MIN_MSP_SUMMARY);

    @Test
    void freeTextIsRequiredAndBounded() {
        assertThat(ConcernRules.textProblem(null)).isEqualTo("is required");
        assertThat(ConcernRules.textProblem(" \n\t")).isEqualTo("is required");
        assertThat(ConcernRules.textProblem(42)).isEqualTo("is required");
        assertThat(ConcernRules.textProblem("a")).isNull();
        assertThat(ConcernRules.textProblem("x".repeat(ConcernRules.MAX_TEXT))).isNull();
        assertThat(ConcernRules.textProblem("x".repeat(ConcernRules.MAX_TEXT + 1))).contains("at most 4000");
        assertThat(ConcernRules.textProblem("${1 + 1}")).as("an expression is only text").isNull();
    }

    /** outcome | resolution length | reopen | summary length | re-opening refused? | expected problem fields */
    @ParameterizedTest(name = "[{index}] {0} res={1} reopen={2} sum={3} refused={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            RESOLVED        | 30   | -     | -    | false | ''
            RESOLVED        | 30   | false | -    | false | ''
            RESOLVED        | 30   | true  | -    | false | ''
            RESOLVED        | 29   | -     | -    | false | resolution
            RESOLVED        | -    | -     | -    | false | resolution
            RESOLVED        | 4000 | -     | -    | false | ''
            RESOLVED        | 4001 | -     | -    | false | resolution
            RESOLVED        | 30   | true  | -    | true  | reopenBalanceReview
            RESOLVED        | 30   | false | -    | true  | ''
            RESOLVED        | 30   | yes   | -    | false | reopenBalanceReview
            RESOLVED        | 10   | true  | -    | true  | resolution reopenBalanceReview
            REFERRED_TO_MSP | -    | -     | 50   | false | ''
            REFERRED_TO_MSP | -    | -     | 49   | false | mspSummary
            REFERRED_TO_MSP | -    | -     | -    | false | mspSummary
            REFERRED_TO_MSP | -    | -     | 4000 | false | ''
            REFERRED_TO_MSP | -    | -     | 4001 | false | mspSummary
            REFERRED_TO_MSP | -    | true  | 50   | false | reopenBalanceReview
            REFERRED_TO_MSP | 30   | false | 50   | false | ''
            WITHDRAWN       | 30   | -     | 50   | false | concernOutcome
            -               | 30   | -     | 50   | false | concernOutcome
            resolved        | 30   | -     | 50   | false | concernOutcome
            """)
    void outcomeNeedsItsTextAndReopensOnlyWhatCanBeReopened(String outcome, Integer resolutionLength, String reopen,
            Integer summaryLength, boolean refused, String expectedFields) {
        Object reopenValue = reopen == null ? null : "true".equals(reopen) ? Boolean.TRUE : "false".equals(reopen) ? Boolean.FALSE : reopen;
        Map<String, String> problems = ConcernRules.outcomeProblems(outcome, text(resolutionLength), reopenValue,
                text(summaryLength), refused ? "only a denied request's Balance review can be re-opened" : null);
        assertThat(String.join(" ", problems.keySet())).isEqualTo(expectedFields);
        problems.values().forEach(message -> assertThat(message).isNotBlank());
    }

    @Test
    void refusalOfTheReopeningIsPassedOnToTheManager() {
        Map<String, String> problems = ConcernRules.outcomeProblems("RESOLVED", RESOLUTION_30, true, null, "request is MATCHING");
        assertThat(problems).containsEntry("reopenBalanceReview", "request is MATCHING");
        assertThat(ConcernRules.outcomeProblems("REFERRED_TO_MSP", null, null, SUMMARY_50, "x")).isEmpty();
    }

    @Test
    void outcomeIsParsedExactly() {
        assertThat(ConcernRules.parse("RESOLVED")).isEqualTo(ConcernOutcome.RESOLVED);
        assertThat(ConcernRules.parse("REFERRED_TO_MSP")).isEqualTo(ConcernOutcome.REFERRED_TO_MSP);
        assertThat(ConcernRules.parse(" RESOLVED")).isNull();
        assertThat(ConcernRules.parse(null)).isNull();
        assertThat(ConcernRules.parse(1)).isNull();
    }

    @Test
    void concernDurationsAreCheckedWhenBound() {
        ConcernDurations durations = new ConcernDurations();
        assertThat(durations.getAcknowledgeWithin()).isEqualTo("P5D");
        assertThat(durations.getEscalateAfter()).isEqualTo("P10D");
        assertThat(durations.getConsultationPeriod()).isEqualTo("P30D");
        durations.setConsultationPeriod("PT5M");
        assertThat(durations.getConsultationPeriod()).isEqualTo("PT5M");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> durations.setAcknowledgeWithin("5 days"))
                .hasMessageContaining("articlex.concern.acknowledge-within");
        assertThat(durations.getAcknowledgeWithin()).isEqualTo("P5D");
    }

    private static String text(Integer length) {
        return length == null ? null : "t".repeat(length);
    }
}
