package org.bwc.articlex.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Balance review decided per item (docs/rules.md): what is refused, naming which field, and what each item
 * becomes. One screening of five items serves every row:
 * <ol>
 * <li>a fermenter barred by a Security Council measure (DENIED, UNSC finding);</li>
 * <li>a fermenter referred only because its capacity was not given (REFERRED, no ground);</li>
 * <li>a training course (CLEARED);</li>
 * <li>a dissemination device (DENIED, weapon finding);</li>
 * <li>a controlled centrifuge allowed with conditions (CONDITIONAL).</li>
 * </ol>
 */
class BalanceReviewPolicyTest {

    static final String JUSTIFICATION = "Resolution 1718 (2006) bars the fermenter; the capacity of item 2 is below 20 L";
    static final List<String> STANDARD = List.of("END_USE_ASSURANCE", "END_USER_CERTIFICATE", "NO_RE_EXPORT");

    static final ScreeningResult FIVE = new ScreeningResult(ScreeningOutcome.DENIED,
            List.of("AG-EQ-FERMENTER-20L", "UNSC-1718-PRK", "SCR-CAPACITY-UNKNOWN", "SCR-WEAPON-OR-MEANS-OF-DELIVERY",
                    "AG-EQ-CENTRIFUGE"),
            List.of(new ItemFinding(1, ScreeningOutcome.DENIED, List.of("AG-EQ-FERMENTER-20L", "UNSC-1718-PRK"), List.of(), "Fermenter"),
                    new ItemFinding(2, ScreeningOutcome.REFERRED, List.of("SCR-CAPACITY-UNKNOWN"), STANDARD, "Fermenter"),
                    new ItemFinding(3, ScreeningOutcome.CLEARED, List.of(), List.of(), null),
                    new ItemFinding(4, ScreeningOutcome.DENIED, List.of("SCR-WEAPON-OR-MEANS-OF-DELIVERY"), List.of(), null),
                    new ItemFinding(5, ScreeningOutcome.CONDITIONAL, List.of("AG-EQ-CENTRIFUGE"), STANDARD, "Centrifuge")),
            STANDARD, "test");

    /** Only a Security Council measure: the DPRK's fermenter and a course. */
    static final ScreeningResult UNSC_ONLY = new ScreeningResult(ScreeningOutcome.DENIED,
            List.of("AG-EQ-FERMENTER-20L", "UNSC-1718-PRK"),
            List.of(new ItemFinding(1, ScreeningOutcome.DENIED, List.of("AG-EQ-FERMENTER-20L", "UNSC-1718-PRK"), List.of(), "Fermenter"),
                    new ItemFinding(2, ScreeningOutcome.CLEARED, List.of(), List.of(), null)),
            List.of(), "test");

    /** Reviewed for a precedent flag alone: nothing restricted, one controlled item. */
    static final ScreeningResult FLAGGED = new ScreeningResult(ScreeningOutcome.CONDITIONAL, List.of("AG-EQ-CENTRIFUGE"),
            List.of(new ItemFinding(1, ScreeningOutcome.CONDITIONAL, List.of("AG-EQ-CENTRIFUGE"), STANDARD, "Centrifuge")),
            STANDARD, "test");

    static final Map<String, ScreeningResult> SCREENINGS = Map.of("FIVE", FIVE, "UNSC_ONLY", UNSC_ONLY, "FLAGGED", FLAGGED);

    /**
     * {@code items} in a compact form: {@code index:DECISION[:GROUND[:conditions]]} separated by spaces; "-" for no
     * list. {@code problem} is the field refused ("-" for none), {@code outcomes} each item's outcome after the review.
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}/{2} items {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE_WITH_CONDITIONS 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | -                          | DENIED CONDITIONAL CLEARED DENIED CONDITIONAL | DENY
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY 5:DENY:UNSC_MEASURE | itemDecisions[3].legalGround | - | -
            FIVE      | -                       | -                           | 1:APPROVE 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[0].decision  | -                                             | -
            FIVE      | -                       | -                           | 1:APPROVE_WITH_CONDITIONS 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[0].decision | -                               | -
            FIVE      | -                       | -                           | 1:DENY:WEAPON_OR_MEANS_OF_DELIVERY 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[0].legalGround | -                  | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:DENY:UNSC_MEASURE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].legalGround | -                      | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE 4:DENY:UNSC_MEASURE | itemDecisions[2].legalGround | -                                             | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions               | -                                             | -
            FIVE      | -                       | -                           | 1:DENY 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[0].legalGround | -                                            | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE:UNSC_MEASURE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].legalGround | -                  | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE 3:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[2].index | -                          | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE 9:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[2].index | -                          | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 1:DENY:UNSC_MEASURE 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].index | -                | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:MAYBE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].decision | -                              | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE:NOT_A_GROUND 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].legalGround | -                 | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:APPROVE:-:Quarterly-reports 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].conditions | -          | -
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:DENY:WEAPON_OR_MEANS_OF_DELIVERY 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].legalGround | -         | -
            FIVE      | DENY                    | UNSC_MEASURE                | -                                     | legalGround                | -                                             | -
            FIVE      | APPROVE                 | -                           | -                                     | balanceDecision            | -                                             | -
            FIVE      | DENY                    | UNSC_MEASURE                | 2:APPROVE 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | -                   | DENIED CONDITIONAL CLEARED DENIED CONDITIONAL | DENY
            FIVE      | -                       | -                           | 1:DENY:UNSC_MEASURE 2:DENY 4:DENY:WEAPON_OR_MEANS_OF_DELIVERY | itemDecisions[1].legalGround | -                               | -
            UNSC_ONLY | DENY                    | UNSC_MEASURE                | -                                     | -                          | DENIED CLEARED                                | DENY
            UNSC_ONLY | DENY                    | WEAPON_OR_MEANS_OF_DELIVERY | -                                     | legalGround                | -                                             | -
            UNSC_ONLY | APPROVE                 | -                           | -                                     | balanceDecision            | -                                             | -
            UNSC_ONLY | APPROVE_WITH_CONDITIONS | -                           | -                                     | balanceDecision            | -                                             | -
            UNSC_ONLY | -                       | -                           | 1:APPROVE                             | itemDecisions[0].decision  | -                                             | -
            UNSC_ONLY | -                       | -                           | -                                     | balanceDecision            | -                                             | -
            UNSC_ONLY | MAYBE                   | -                           | 1:DENY:UNSC_MEASURE                   | balanceDecision            | -                                             | -
            UNSC_ONLY | DENY                    | SOMETHING                   | -                                     | legalGround                | -                                             | -
            FLAGGED   | APPROVE                 | -                           | -                                     | -                          | CONDITIONAL                                   | APPROVE
            FLAGGED   | DENY                    | UNSC_MEASURE                | -                                     | legalGround                | -                                             | -
            FLAGGED   | -                       | -                           | 1:APPROVE_WITH_CONDITIONS::Site-visit | -                          | CONDITIONAL                                   | APPROVE_WITH_CONDITIONS
            """)
    void perItemDecisions(String screening, String decision, String ground, String items, String problem, String outcomes,
            String recordedAs) {
        ScreeningResult result = SCREENINGS.get(screening);
        String json = items == null ? null : toJson(items);
        Map<String, String> problems = BalanceReviewPolicy.problems(decision, JUSTIFICATION, ground, null, json, result);
        if (problem == null) {
            assertThat(problems).isEmpty();
            BalanceReviewPolicy.Review review = BalanceReviewPolicy.review(decision, JUSTIFICATION, ground, null, json, result);
            assertThat(review.finalItems().stream().map(i -> i.outcome().name()).collect(Collectors.joining(" ")))
                    .isEqualTo(outcomes);
            assertThat(review.decision().name()).isEqualTo(recordedAs);
            assertThat(review.deniedInFull()).isEqualTo(Arrays.stream(outcomes.split(" ")).allMatch("DENIED"::equals));
        } else {
            assertThat(problems).containsKey(problem);
            assertThatThrownBy(() -> BalanceReviewPolicy.review(decision, JUSTIFICATION, ground, null, json, result))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyItemDeniedIsADenialInFull() {
        var review = BalanceReviewPolicy.review("DENY", JUSTIFICATION, "UNSC_MEASURE", null, null,
                new ScreeningResult(ScreeningOutcome.DENIED, List.of("UNSC-1718-PRK"),
                        List.of(UNSC_ONLY.items().get(0)), List.of(), "test"));
        assertThat(review.deniedInFull()).isTrue();
        assertThat(review.items()).containsExactly(new ItemDecision(1, BalanceDecision.DENY, LegalGround.UNSC_MEASURE, null));
    }

    @Test
    void conditionsDefaultToTheScreeningsAndAManagersTextReplacesThem() {
        String items = "[{\"index\":1,\"decision\":\"DENY\",\"legalGround\":\"UNSC_MEASURE\"},"
                + "{\"index\":2,\"decision\":\"APPROVE_WITH_CONDITIONS\"},{\"index\":4,\"decision\":\"DENY\","
                + "\"legalGround\":\"WEAPON_OR_MEANS_OF_DELIVERY\"},{\"index\":5,\"decision\":\"APPROVE_WITH_CONDITIONS\","
                + "\"conditions\":\"Quarterly use reports\"}]";
        var review = BalanceReviewPolicy.review(null, JUSTIFICATION, null, null, items, FIVE);
        assertThat(review.items()).extracting(ItemDecision::conditions).containsExactly(null,
                "End-use assurance from the recipient; End-user certificate; No re-export without consent", null,
                "Quarterly use reports");
        assertThat(review.decision()).isEqualTo(BalanceDecision.DENY);
        // the top-level conditions apply to the items approved with conditions that give none of their own
        var blanket = BalanceReviewPolicy.review("APPROVE_WITH_CONDITIONS", JUSTIFICATION, null, "Site visit within 6 months",
                null, FLAGGED);
        assertThat(blanket.items()).extracting(ItemDecision::conditions).containsExactly("Site visit within 6 months");
    }

    @Test
    void theUntouchedTemplateDecidesNothingAndBalanceDecisionAppliesToEveryItem() {
        String template = BalanceReviewPolicy.template(FLAGGED);
        assertThat(template).contains("\"index\" : 1").contains("End-user certificate");
        var review = BalanceReviewPolicy.review("APPROVE_WITH_CONDITIONS", JUSTIFICATION, null, "Site visit", template, FLAGGED);
        assertThat(review.items()).extracting(ItemDecision::conditions).containsExactly("Site visit");
        // open entries take balanceDecision
        var open = BalanceReviewPolicy.review("DENY", JUSTIFICATION, "UNSC_MEASURE", null,
                "[{\"index\":1,\"decision\":\"\",\"legalGround\":\"\"}]", UNSC_ONLY);
        assertThat(open.deniedInFull()).isFalse();
        assertThat(open.items()).extracting(ItemDecision::decision).containsExactly(BalanceDecision.DENY);
        // ... and without balanceDecision an open entry is refused
        assertThat(BalanceReviewPolicy.problems(null, JUSTIFICATION, null, null,
                "[{\"index\":1,\"decision\":\"\"}]", UNSC_ONLY)).containsKey("itemDecisions[0].decision");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                                      | itemDecisions
            {"index":1}                                   | itemDecisions
            [1]                                           | itemDecisions[0]
            [{"index":"1","decision":"DENY"}]             | itemDecisions[0].index
            [{"index":1,"decision":"DENY","legalGround":"UNSC_MEASURE","why":"x"}] | itemDecisions[0].why
            [{"index":1,"decision":"DENY","legalGround":"UNSC_MEASURE","conditions":5}] | itemDecisions[0].conditions
            """)
    void malformedListsAreRefusedNamingTheField(String json, String field) {
        assertThat(BalanceReviewPolicy.problems(null, JUSTIFICATION, null, null, json, UNSC_ONLY)).containsKey(field);
    }

    @Test
    void anUnknownDecisionIsReportedOnceAndNothingElseIsSaidOfItsItem() {
        assertThat(BalanceReviewPolicy.problems(null, JUSTIFICATION, null, null, "[{\"index\":1,\"decision\":\"OK\"}]",
                UNSC_ONLY)).containsOnlyKeys("itemDecisions[0].decision");
    }

    @Test
    void justificationAndLengthsAreChecked() {
        assertThat(BalanceReviewPolicy.problems("DENY", "too short", "UNSC_MEASURE", null, null, UNSC_ONLY))
                .containsOnlyKeys("justification");
        assertThat(BalanceReviewPolicy.problems("DENY", "x".repeat(4001), "UNSC_MEASURE", null, null, UNSC_ONLY))
                .containsOnlyKeys("justification");
        assertThat(BalanceReviewPolicy.problems("DENY", " ".repeat(40), "UNSC_MEASURE", null, null, UNSC_ONLY))
                .containsOnlyKeys("justification");
        assertThat(BalanceReviewPolicy.problems("APPROVE_WITH_CONDITIONS", JUSTIFICATION, null, "c".repeat(4001), null, FLAGGED))
                .containsOnlyKeys("conditions");
        assertThat(BalanceReviewPolicy.problems(null, JUSTIFICATION, null, null, "[" + " ".repeat(200_001) + "]", FLAGGED))
                .containsOnlyKeys("itemDecisions");
        assertThat(BalanceReviewPolicy.problems(null, JUSTIFICATION, null, null, 42, FLAGGED)).containsOnlyKeys("itemDecisions");
    }

    @Test
    void messagesNameTheItemAndTheMeasure() {
        Map<String, String> problems = BalanceReviewPolicy.problems("APPROVE", JUSTIFICATION, null, null, null, UNSC_ONLY);
        assertThat(problems.get("balanceDecision")).contains("item 1").contains("UNSC-1718-PRK").contains("Security Council");
        assertThat(BalanceReviewPolicy.problems("DENY", JUSTIFICATION, "WEAPON_OR_MEANS_OF_DELIVERY", null, null, UNSC_ONLY)
                .get("legalGround")).contains("item 1").contains("not supported").contains("UNSC_MEASURE");
    }

    @Test
    void groundsComeFromTheItemsOwnFindings() {
        assertThat(ItemGrounds.supported(FIVE.items().get(0))).containsExactly(LegalGround.UNSC_MEASURE);
        assertThat(ItemGrounds.supported(FIVE.items().get(1))).isEmpty();
        assertThat(ItemGrounds.supported(FIVE.items().get(3))).containsExactly(LegalGround.WEAPON_OR_MEANS_OF_DELIVERY);
        assertThat(ItemGrounds.barredBySecurityCouncil(FIVE.items().get(0))).isTrue();
        assertThat(ItemGrounds.barredBySecurityCouncil(FIVE.items().get(3))).isFalse();
        // listed but undetermined under a measure: referred to the manager, not barred
        assertThat(ItemGrounds.barredBySecurityCouncil(new ItemFinding(1, ScreeningOutcome.REFERRED,
                List.of("UNSC-1718-PRK", "SCR-CAPACITY-UNKNOWN"), List.of(), null))).isFalse();
    }

    /** {@code 1:DENY:UNSC_MEASURE 2:APPROVE_WITH_CONDITIONS::text-with-dashes} → the JSON list. */
    static String toJson(String compact) {
        return Arrays.stream(compact.trim().split("\\s+")).map(entry -> {
            String[] p = entry.split(":", -1);
            StringBuilder json = new StringBuilder("{\"index\":" + p[0] + ",\"decision\":\"" + p[1] + "\"");
            if (p.length > 2 && !p[2].isEmpty() && !p[2].equals("-")) {
                json.append(",\"legalGround\":\"").append(p[2]).append('"');
            }
            if (p.length > 3) {
                json.append(",\"conditions\":\"").append(p[3].replace('-', ' ')).append('"');
            }
            return json.append('}').toString();
        }).collect(Collectors.joining(",", "[", "]"));
    }
}
