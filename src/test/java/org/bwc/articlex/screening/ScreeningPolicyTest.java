package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.screening.Fixtures.SCREENING;
import static org.bwc.articlex.screening.Fixtures.item;
import static org.bwc.articlex.screening.Fixtures.request;

/** Request-level rules of Article III screening: end use, facility, Security Council measures, mixes. */
class ScreeningPolicyTest {

    /** Facility biosafety level against the agent's WHO risk group ("-" = not stated). */
    @ParameterizedTest(name = "[{index}] {0} at BSL {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Bacillus anthracis        | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            Bacillus anthracis        | 4 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            Bacillus anthracis        | 2 | REFERRED    | AG-HAP-BAC-BANTHRACIS SCR-BSL-BELOW-RISK-GROUP
            Bacillus anthracis        | - | REFERRED    | AG-HAP-BAC-BANTHRACIS SCR-BSL-BELOW-RISK-GROUP
            Vibrio cholerae           | 2 | CONDITIONAL | AG-HAP-BAC-VCHOLERAE
            Vibrio cholerae           | 1 | REFERRED    | AG-HAP-BAC-VCHOLERAE SCR-BSL-BELOW-RISK-GROUP
            Lassa virus               | 4 | REFERRED    | AG-HAP-VIR-LASSA SCR-RISK-GROUP-4
            Lassa virus               | 3 | REFERRED    | AG-HAP-VIR-LASSA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP
            Newcastle disease virus   | - | CONDITIONAL | AG-HAP-VIR-NEWCASTLE
            ricin                     | - | CONDITIONAL | AG-TOX-RICIN
            """)
    void facilityBiosafetyLevelAgainstRiskGroup(String agent, String bsl, ScreeningOutcome outcome, String rules) {
        ItemFinding f = Fixtures.screenOne(ItemKind.AGENT, agent, null, "-".equals(bsl) ? null : Integer.valueOf(bsl));
        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
        assertThat(f.rules()).containsExactlyInAnyOrderElementsOf(Fixtures.words(rules));
        assertThat(f.conditions()).contains(ScreeningCondition.FACILITY_BSL_ADEQUATE.name());
    }

    /** A controlled item needs an end-use statement; an uncontrolled one does not. */
    @ParameterizedTest(name = "[{index}] \"{1}\" with end use \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            EQUIPMENT | 50 L fermenter     | vaccine production for national immunisation | CONDITIONAL
            EQUIPMENT | 50 L fermenter     |                                              | REFERRED
            EQUIPMENT | 50 L fermenter     | "   "                                        | REFERRED
            EQUIPMENT | 50 L fermenter     | n/a                                          | REFERRED
            EQUIPMENT | 50 L fermenter     | TBD                                          | REFERRED
            TRAINING  | Anthrax spore production course |                                 | REFERRED
            EQUIPMENT | 5 L fermenter      |                                              | CLEARED
            EQUIPMENT | PCR thermocycler   |                                              | CLEARED
            """)
    void controlledItemsNeedAnEndUseStatement(ItemKind kind, String description, String statement,
                                              ScreeningOutcome outcome) {
        ScreeningResult r = SCREENING.screen(request("KEN", new EndUse(statement, "KEMRI", 3), item(1, kind, description)));
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.rules().contains(RuleIds.NO_END_USE)).isEqualTo(outcome == ScreeningOutcome.REFERRED);
    }

    @Test
    void noEndUseAtAll() {
        ScreeningResult r = SCREENING.screen(request("KEN", null, item(1, ItemKind.AGENT, "Bacillus anthracis")));
        assertThat(r.items().get(0).rules()).containsExactlyInAnyOrder(
                "AG-HAP-BAC-BANTHRACIS", RuleIds.NO_END_USE, RuleIds.BSL_BELOW_RISK_GROUP);
    }

    /**
     * The same request from the DPRK (UN Security Council measures covering biological dual-use items)
     * and from Kenya: controlled items are proposed for denial only for the DPRK, and only they are.
     */
    @ParameterizedTest(name = "[{index}] {1}: KEN {2}, PRK {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EQUIPMENT   | 50 L fermenter                   | CONDITIONAL | DENIED
            AGENT       | Bacillus anthracis               | CONDITIONAL | DENIED
            TRAINING    | Training on anthrax vaccine production | CONDITIONAL | DENIED
            EQUIPMENT   | bioreactor                       | REFERRED    | REFERRED
            EQUIPMENT   | 5 L fermenter                    | CLEARED     | CLEARED
            EQUIPMENT   | PCR thermocycler                 | CLEARED     | CLEARED
            TRAINING    | Biosafety training               | CLEARED     | CLEARED
            """)
    void securityCouncilMeasuresApplyToControlledItemsOnly(ItemKind kind, String description, ScreeningOutcome ken,
                                                          ScreeningOutcome prk) {
        ItemFinding kenya = SCREENING.screen(request("KEN", Fixtures.VACCINE_RESEARCH_BSL3, item(1, kind, description)))
                .items().get(0);
        ItemFinding dprk = SCREENING.screen(request("PRK", Fixtures.VACCINE_RESEARCH_BSL3, item(1, kind, description)))
                .items().get(0);
        assertThat(kenya.outcome()).isEqualTo(ken);
        assertThat(dprk.outcome()).isEqualTo(prk);
        assertThat(kenya.rules()).noneMatch(r -> r.startsWith("UNSC-"));
        List<String> unsc = List.of("UNSC-1718-PRK", "UNSC-1874-PRK", "UNSC-2270-PRK");
        if (ken == ScreeningOutcome.CLEARED) {
            assertThat(dprk.rules()).isEqualTo(kenya.rules());
        } else {
            assertThat(dprk.rules()).containsAll(kenya.rules()).containsAll(unsc);
            assertThat(dprk.rules()).doesNotContain("UNSC-2321-PRK"); // does not cover biological items
        }
        if (prk == ScreeningOutcome.DENIED) {
            assertThat(dprk.conditions()).isEmpty();
        }
    }

    @Test
    void sanctionsWithoutBiologicalCoverageAreNoGround() {
        for (String state : List.of("IRN", "LBY", "SSD")) {
            ScreeningResult r = SCREENING.screen(request(state, Fixtures.VACCINE_RESEARCH_BSL3,
                    item(1, ItemKind.EQUIPMENT, "50 L fermenter")));
            assertThat(r.outcome()).as(state).isEqualTo(ScreeningOutcome.CONDITIONAL);
            assertThat(r.rules()).as(state).containsExactly("AG-EQ-FERMENTER-20L");
        }
    }

    @Test
    void mixedRequestIsDecidedItemByItem() {
        ScreeningResult r = SCREENING.screen(request("KEN", Fixtures.VACCINE_RESEARCH_BSL3,
                item(1, ItemKind.EQUIPMENT, "PCR thermocycler"),
                item(2, ItemKind.EQUIPMENT, "50-litre bioreactor"),
                item(3, ItemKind.AGENT, "Ebola virus"),
                item(4, ItemKind.MATERIAL, "nitrile gloves, box of 100"),
                item(5, ItemKind.TRAINING, "Biosafety training"),
                item(6, ItemKind.EQUIPMENT, "bomblet dispenser for biological agents")));

        assertThat(r.items()).extracting(ItemFinding::index, ItemFinding::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ScreeningOutcome.CLEARED),
                org.assertj.core.groups.Tuple.tuple(2, ScreeningOutcome.CONDITIONAL),
                org.assertj.core.groups.Tuple.tuple(3, ScreeningOutcome.REFERRED),
                org.assertj.core.groups.Tuple.tuple(4, ScreeningOutcome.CLEARED),
                org.assertj.core.groups.Tuple.tuple(5, ScreeningOutcome.CLEARED),
                org.assertj.core.groups.Tuple.tuple(6, ScreeningOutcome.DENIED));
        assertThat(r.outcome()).isEqualTo(ScreeningOutcome.DENIED);
        assertThat(r.rules()).containsExactly("AG-EQ-FERMENTER-20L", "AG-HAP-VIR-EBOLA", RuleIds.RISK_GROUP_4,
                RuleIds.BSL_BELOW_RISK_GROUP, RuleIds.WEAPON_OR_MEANS_OF_DELIVERY);
        assertThat(r.conditions()).containsExactly("END_USE_ASSURANCE", "END_USER_CERTIFICATE", "NO_RE_EXPORT",
                "FACILITY_BSL_ADEQUATE");
        assertThat(r.controlListVersion()).isEqualTo(SCREENING.referenceVersion());
    }

    @Test
    void emptyRequestIsCleared() {
        ScreeningResult r = SCREENING.screen(new ScreeningInput("KEN", List.of(), null));
        assertThat(r.outcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(r.items()).isEmpty();
    }

    @Test
    void everyFindingExplainsItself() {
        ItemFinding f = Fixtures.screenOne(ItemKind.EQUIPMENT, "fermenter 19 L", null, 3);
        assertThat(f.matchedName()).startsWith("Fermenters capable of cultivation");
        assertThat(f.reason()).contains("AG-EQ-FERMENTER-20L", "not met", "19 L");
    }
}
