package org.bwc.articlex.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bwc.articlex.process.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may raise a concern about which request, and what counts as a restriction. No engine. */
class ConcernEligibilityTest {

    /**
     * Kenya's request REQ-2026-0001, in the given status, with the given Balance review decisions and screening
     * outcome; WHO's accepted offer for it was released by the secretariat.
     */
    @ParameterizedTest(name = "[{index}] {0} about a {1} request ({2}; screening {3}) -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            KEN | DENIED          | DENY                     | DENIED      | REQUEST_RESTRICTION
            KEN | MATCHING        | DENY                     | DENIED      | REQUEST_RESTRICTION
            KEN | MATCHING        | APPROVE_WITH_CONDITIONS  | REFERRED    | REQUEST_RESTRICTION
            KEN | FUNDING         | APPROVE DENY             | REFERRED    | REQUEST_RESTRICTION
            KEN | MATCHING        | -                        | CONDITIONAL | REQUEST_RESTRICTION
            KEN | DENIED          | -                        | -           | REQUEST_RESTRICTION
            KEN | MATCHING        | -                        | CLEARED     | NO_RESTRICTION
            KEN | MATCHING        | APPROVE                  | REFERRED    | NO_RESTRICTION
            KEN | BALANCE_REVIEW  | -                        | REFERRED    | NO_RESTRICTION
            KEN | SUBMITTED       | -                        | -           | NO_RESTRICTION
            KEN | COMPLETED       | APPROVE                  | CLEARED     | NO_RESTRICTION
            WHO | OPEN_NEED       | -                        | CLEARED     | REFUSED_PROPOSAL
            WHO | DENIED          | DENY                     | DENIED      | REFUSED_PROPOSAL
            UGA | DENIED          | DENY                     | DENIED      | NOT_ITS_CASE
            DEU | OPEN_NEED       | -                        | CLEARED     | NOT_ITS_CASE
            ken | DENIED          | DENY                     | DENIED      | NOT_ITS_CASE
            -   | DENIED          | DENY                     | DENIED      | NOT_ITS_CASE
            """)
    void concernIsAdmissibleOnlyForTheRaisingPartysOwnRestrictedCase(String raisedBy, RequestStatus status,
            String decisions, String screening, String expected) {
        List<String> balanceDecisions = decisions == null ? List.of() : Arrays.asList(decisions.split(" "));
        RequestFacts request = new RequestFacts("REQ-2026-0001", "KEN", status, balanceDecisions, screening, Set.of("WHO"));

        ConcernEligibility.Verdict verdict = ConcernEligibility.check(raisedBy, request);

        String actual = verdict.isAdmissible() ? verdict.subject().name() : verdict.refusal().name();
        assertThat(actual).isEqualTo(expected);
        assertThat(verdict.message() == null).isEqualTo(verdict.isAdmissible());
    }

    @Test
    void unknownRequestIsNotTheCallersCaseAndSaysNothingAboutIt() {
        ConcernEligibility.Verdict verdict = ConcernEligibility.check("KEN", null);
        assertThat(verdict.refusal()).isEqualTo(ConcernEligibility.Refusal.NOT_ITS_CASE);
        assertThat(verdict.subject()).isNull();
        assertThat(verdict.message()).doesNotContain("REQ-");
    }

    @Test
    void refusalForNoRestrictionNamesTheRequest() {
        RequestFacts cleared = new RequestFacts("REQ-2026-0007", "KEN", RequestStatus.MATCHING, List.of(), "CLEARED", Set.of());
        assertThat(ConcernEligibility.check("KEN", cleared).message()).contains("REQ-2026-0007");
    }
}
