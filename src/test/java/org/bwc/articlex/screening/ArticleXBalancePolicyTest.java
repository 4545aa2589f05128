package org.bwc.articlex.screening;

import org.bwc.articlex.reference.DevelopmentStatus;
import org.bwc.articlex.reference.ItemKind;
import org.bwc.articlex.reference.StateParty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.screening.Fixtures.BALANCE;
import static org.bwc.articlex.screening.Fixtures.SCREENING;
import static org.bwc.articlex.screening.Fixtures.item;
import static org.bwc.articlex.screening.Fixtures.request;
import static org.bwc.articlex.screening.Fixtures.state;

/** The five principles of docs/rules.md, one table per principle. */
class ArticleXBalancePolicyTest {

    private static final StateParty KENYA = state("KEN", DevelopmentStatus.DEVELOPING);
    private static final StateParty FRANCE = state("FRA", DevelopmentStatus.DEVELOPED);

    // ---------------------------------------------------------------------------------------------- GROUNDED

    /**
     * A screening as an officer might have amended it: one item with the given outcome and rules.
     * Restrictions must cite item-level rules or legal grounds that apply to the requester.
     */
    @ParameterizedTest(name = "[{index}] {0} {1} for {2} -> grounded={3}")
    @CsvSource(delimiter = '|', textBlock = """
            CONDITIONAL | AG-EQ-FERMENTER-20L                              | KEN | true
            REFERRED    | AG-EQ-FERMENTER-20L SCR-CAPACITY-UNKNOWN         | KEN | true
            REFERRED    | SCR-UNRECOGNISED-ITEM                            | KEN | true
            DENIED      | SCR-WEAPON-OR-MEANS-OF-DELIVERY                  | KEN | true
            DENIED      | AG-EQ-FERMENTER-20L UNSC-1718-PRK                | PRK | true
            CLEARED     |                                                  | KEN | true
            REFERRED    |                                                  | KEN | false
            REFERRED    | REGION-AFRICAN                                   | KEN | false
            REFERRED    | AG-EQ-FERMENTER-20L DEVELOPMENT-LDC              | KEN | false
            DENIED      | STATE-KEN                                        | KEN | false
            DENIED      | AG-EQ-FERMENTER-20L                              | KEN | false
            DENIED      | AG-EQ-FERMENTER-20L UNSC-1718-PRK                | KEN | false
            DENIED      | AG-EQ-FERMENTER-20L UNSC-1970-LBY                | LBY | false
            CONDITIONAL | AG-EQ-NOT-IN-THE-LIST                            | KEN | false
            """)
    void restrictionsMustBeGrounded(ScreeningOutcome outcome, String rules, String requester, boolean grounded) {
        ItemFinding f = new ItemFinding(1, outcome, Fixtures.words(rules), List.of(), null);
        ScreeningResult s = new ScreeningResult(outcome, f.rules(), List.of(f), List.of(), "v");
        BalanceResult b = BALANCE.check(new BalanceInput(state(requester, DevelopmentStatus.DEVELOPED), s, null, 0, 30));

        assertThat(b.has(BalanceFlag.UNGROUNDED_RESTRICTION)).as(b.notes().toString()).isEqualTo(!grounded);
        if (!grounded) {
            assertThat(b.outcome()).isEqualTo(BalanceOutcome.NEEDS_REVIEW);
        }
    }

    @Test
    void aRequestLevelRestrictionIsUngrounded() {
        ItemFinding cleared = new ItemFinding(1, ScreeningOutcome.CLEARED, List.of(), List.of(), null);
        ScreeningResult raisedForTheRequester = new ScreeningResult(ScreeningOutcome.REFERRED, List.of("LDC-REVIEW"),
                List.of(cleared), List.of(), "v");
        BalanceResult b = BALANCE.check(new BalanceInput(KENYA, raisedForTheRequester, null, 0, 30));
        assertThat(b.flags()).contains(BalanceFlag.UNGROUNDED_RESTRICTION);
        assertThat(b.notes()).anyMatch(n -> n.contains("no item is more than CLEARED"))
                .anyMatch(n -> n.contains("LDC-REVIEW"));
        assertThat(b.outcome()).isEqualTo(BalanceOutcome.NEEDS_REVIEW);
    }

    @Test
    void everyScreeningThePolicyProducesIsGrounded() {
        for (String state : List.of("KEN", "PRK", "FRA")) {
            ScreeningResult s = SCREENING.screen(request(state, Fixtures.VACCINE_RESEARCH_BSL3,
                    item(1, ItemKind.EQUIPMENT, "50 L fermenter"), item(2, ItemKind.AGENT, "Ebola virus"),
                    item(3, ItemKind.EQUIPMENT, "bomblet"), item(4, ItemKind.MATERIAL, "stuff"),
                    item(5, ItemKind.EQUIPMENT, "1C351 item", "1C351")));
            BalanceResult b = BALANCE.check(new BalanceInput(state(state, DevelopmentStatus.DEVELOPED), s, null, 0, 30));
            assertThat(b.flags()).as(state + " " + b.notes()).doesNotContain(BalanceFlag.UNGROUNDED_RESTRICTION);
        }
    }

    // ---------------------------------------------------------------------------------------------- PROPORTIONATE

    @ParameterizedTest(name = "[{index}] {0} -> partial={1}, proceeding {2}, held {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CLEARED CLEARED                   | false | 1 2     |
            CLEARED CONDITIONAL               | false | 1 2     |
            CLEARED REFERRED                  | true  | 1       | 2
            CONDITIONAL DENIED CLEARED        | true  | 1 3     | 2
            REFERRED DENIED                   | false |         | 1 2
            CLEARED CLEARED CLEARED REFERRED  | true  | 1 2 3   | 4
            """)
    void uncontrolledItemsProceedWhileOthersAreHeld(String outcomes, boolean partial, String proceeding, String held) {
        List<ItemFinding> items = new ArrayList<>();
        ScreeningOutcome overall = ScreeningOutcome.CLEARED;
        int i = 1;
        for (String o : Fixtures.words(outcomes)) {
            ScreeningOutcome outcome = ScreeningOutcome.valueOf(o);
            List<String> rules = switch (outcome) {
                case CLEARED -> List.of();
                case CONDITIONAL -> List.of("AG-EQ-FERMENTER-20L");
                case REFERRED -> List.of("AG-EQ-FERMENTER-20L", RuleIds.CAPACITY_UNKNOWN);
                case DENIED -> List.of(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY);
            };
            items.add(new ItemFinding(i++, outcome, rules, List.of(), null));
            overall = overall.max(outcome);
        }
        List<String> rules = items.stream().flatMap(f -> f.rules().stream()).distinct().toList();
        BalanceResult b = BALANCE.check(new BalanceInput(FRANCE,
                new ScreeningResult(overall, rules, items, List.of(), "v"), null, 0, 30));

        assertThat(b.has(BalanceFlag.PARTIAL_APPROVAL)).isEqualTo(partial);
        assertThat(b.proceedingItems()).containsExactlyElementsOf(ints(proceeding));
        assertThat(b.restrictedItems()).containsExactlyElementsOf(ints(held));
        assertThat(b.outcome()).isEqualTo(overall.atLeast(ScreeningOutcome.REFERRED)
                ? BalanceOutcome.NEEDS_REVIEW : BalanceOutcome.BALANCED);
    }

    // ---------------------------------------------------------------------------------------------- CONSISTENT

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}, precedent {2} -> inconsistent={3}")
    @CsvSource(delimiter = '|', textBlock = """
            50 L fermenter   | CONDITIONAL | CONDITIONAL | false
            50 L fermenter   | CONDITIONAL | REFERRED    | true
            50 L fermenter   | CONDITIONAL |             | false
            bioreactor       | REFERRED    | CONDITIONAL | true
            PCR thermocycler | CLEARED     | CLEARED     | false
            PCR thermocycler | CLEARED     | REFERRED    | true
            """)
    void sameItemClassSameOutcome(String description, ScreeningOutcome outcome, ScreeningOutcome precedent,
                                  boolean inconsistent) {
        ScreeningResult s = SCREENING.screen(request("FRA", Fixtures.VACCINE_RESEARCH_BSL3,
                item(1, ItemKind.EQUIPMENT, description)));
        String key = ArticleXBalancePolicy.itemClassKey(s.items().get(0));
        Precedents precedents = precedent == null ? Precedents.none() : Precedents.of(Map.of(key, precedent));
        BalanceResult b = BALANCE.check(new BalanceInput(FRANCE, s, precedents, 0, 30));

        assertThat(s.outcome()).isEqualTo(outcome);
        assertThat(b.has(BalanceFlag.INCONSISTENT_WITH_PRECEDENT)).isEqualTo(inconsistent);
        assertThat(b.outcome()).isEqualTo(inconsistent || outcome == ScreeningOutcome.REFERRED
                ? BalanceOutcome.NEEDS_REVIEW : BalanceOutcome.BALANCED);
    }

    @Test
    void itemClassKeyIsTheSortedRulesAndIgnoresWhoAsks() {
        ItemFinding a = new ItemFinding(1, ScreeningOutcome.REFERRED,
                List.of("SCR-CAPACITY-UNKNOWN", "AG-EQ-FERMENTER-20L"), List.of(), null);
        ItemFinding b = new ItemFinding(7, ScreeningOutcome.REFERRED,
                List.of("AG-EQ-FERMENTER-20L", "SCR-CAPACITY-UNKNOWN"), List.of("NO_RE_EXPORT"), "x");
        assertThat(ArticleXBalancePolicy.itemClassKey(a)).isEqualTo("AG-EQ-FERMENTER-20L+SCR-CAPACITY-UNKNOWN")
                .isEqualTo(ArticleXBalancePolicy.itemClassKey(b));
        assertThat(ArticleXBalancePolicy.itemClassKey(new ItemFinding(1, ScreeningOutcome.CLEARED, List.of(),
                List.of(), null))).isEqualTo("NONE");

        ScreeningInput fromKenya = request("KEN", Fixtures.VACCINE_RESEARCH_BSL3, item(1, ItemKind.AGENT, "Bacillus anthracis"));
        ScreeningInput fromFrance = request("FRA", Fixtures.VACCINE_RESEARCH_BSL3, item(1, ItemKind.AGENT, "Bacillus anthracis"));
        assertThat(ArticleXBalancePolicy.itemClassKey(SCREENING.screen(fromKenya).items().get(0)))
                .isEqualTo(ArticleXBalancePolicy.itemClassKey(SCREENING.screen(fromFrance).items().get(0)));
    }

    // ---------------------------------------------------------------------------------------------- TIMELY

    @ParameterizedTest(name = "[{index}] held {0} of {1} days -> exceeded={2}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 30 | false
            29 | 30 | false
            30 | 30 | false
            31 | 30 | true
            90 | 30 | true
            """)
    void aProlongedHoldIsEscalated(long held, long limit, boolean exceeded) {
        ScreeningResult s = SCREENING.screen(request("FRA", Fixtures.VACCINE_RESEARCH_BSL3,
                item(1, ItemKind.EQUIPMENT, "50 L fermenter")));
        BalanceResult b = BALANCE.check(new BalanceInput(FRANCE, s, null, held, limit));
        assertThat(b.has(BalanceFlag.HOLD_LIMIT_EXCEEDED)).isEqualTo(exceeded);
        assertThat(b.outcome()).isEqualTo(exceeded ? BalanceOutcome.NEEDS_REVIEW : BalanceOutcome.BALANCED);
    }

    // ---------------------------------------------------------------------------------------------- PRIORITY

    @ParameterizedTest(name = "[{index}] {0} -> priority={1}")
    @CsvSource(delimiter = '|', textBlock = """
            LDC        | true
            DEVELOPING | true
            TRANSITION | false
            DEVELOPED  | false
            """)
    void developingStatesArePrioritisedWithoutChangingTheOutcome(DevelopmentStatus status, boolean priority) {
        ScreeningResult s = SCREENING.screen(request("KEN", Fixtures.VACCINE_RESEARCH_BSL3,
                item(1, ItemKind.EQUIPMENT, "50 L fermenter")));
        BalanceResult b = BALANCE.check(new BalanceInput(state("KEN", status), s, null, 0, 30));
        assertThat(b.priority()).isEqualTo(priority);
        assertThat(b.has(BalanceFlag.DEVELOPING_STATE_PRIORITY)).isEqualTo(priority);
        assertThat(b.outcome()).as("priority is informational").isEqualTo(BalanceOutcome.BALANCED);
    }

    // ---------------------------------------------------------------------------------------------- outcome

    @ParameterizedTest(name = "[{index}] screening {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PCR thermocycler        | CLEARED     | BALANCED
            50 L fermenter          | CONDITIONAL | BALANCED
            bioreactor              | REFERRED    | NEEDS_REVIEW
            bomblet for biological agents | DENIED | NEEDS_REVIEW
            """)
    void onlyClearedAndConditionalGoOnWithoutReview(String description, ScreeningOutcome screening,
                                                    BalanceOutcome outcome) {
        ScreeningResult s = SCREENING.screen(request("KEN", Fixtures.VACCINE_RESEARCH_BSL3,
                item(1, ItemKind.EQUIPMENT, description)));
        assertThat(s.outcome()).isEqualTo(screening);
        assertThat(BALANCE.check(new BalanceInput(KENYA, s, null, 0, 30)).outcome()).isEqualTo(outcome);
    }

    @Test
    void aProposedDenialOnTheSecurityCouncilGroundGoesToReview() {
        ScreeningResult s = SCREENING.screen(request("PRK", Fixtures.VACCINE_RESEARCH_BSL3,
                item(1, ItemKind.EQUIPMENT, "50 L fermenter"), item(2, ItemKind.EQUIPMENT, "PCR thermocycler")));
        BalanceResult b = BALANCE.check(new BalanceInput(state("PRK", DevelopmentStatus.DEVELOPING), s, null, 0, 30));
        assertThat(s.outcome()).isEqualTo(ScreeningOutcome.DENIED);
        assertThat(b.outcome()).isEqualTo(BalanceOutcome.NEEDS_REVIEW);
        assertThat(b.flags()).containsExactly(BalanceFlag.PARTIAL_APPROVAL, BalanceFlag.DEVELOPING_STATE_PRIORITY);
        assertThat(b.proceedingItems()).containsExactly(2);
        assertThat(b.restrictedItems()).containsExactly(1);
    }

    private static List<Integer> ints(String s) {
        return Fixtures.words(s).stream().map(Integer::valueOf).toList();
    }
}
