package org.bwc.articlex.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a controlled item carries besides its outcome: the conditions the offering party must acknowledge (a biosafety
 * condition only for biological goods), and the risk group that decides a referral — the highest of the agents an
 * item names, wherever it stands in the description. Columns: kind | description | facility BSL | outcome | rules
 * (exact) | conditions (exact, in order).
 */
class ScreeningConditionsTest {

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" at BSL-{2} -> {3} {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # biological goods carry the biosafety condition; equipment and technology do not
            AGENT     | Bacillus anthracis Sterne strain           | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            MATERIAL  | Ricin, purified, 1 mg                      | 3 | CONDITIONAL | AG-TOX-RICIN          | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            EQUIPMENT | Fermenter 100 L                            | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L   | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT
            TRAINING  | Anthrax spore production scale-up course   | 3 | CONDITIONAL | AG-TECH-BIO-TECHNOLOGY | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT
            # the highest risk group of the agents named decides, first or last
            AGENT     | Bacillus anthracis and Ebola virus         | 4 | REFERRED    | AG-HAP-BAC-BANTHRACIS AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            AGENT     | Ebola virus and Bacillus anthracis         | 4 | REFERRED    | AG-HAP-BAC-BANTHRACIS AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            AGENT     | Bacillus anthracis and Ebola virus         | 3 | REFERRED    | AG-HAP-BAC-BANTHRACIS AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            # risk group 3 at BSL-3 is adequate, at BSL-2 it is not
            AGENT     | Brucella abortus                           | 3 | CONDITIONAL | AG-HAP-BAC-BRUCELLA-ABORTUS | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            AGENT     | Brucella abortus                           | 2 | REFERRED    | AG-HAP-BAC-BRUCELLA-ABORTUS SCR-BSL-BELOW-RISK-GROUP | END_USE_ASSURANCE END_USER_CERTIFICATE NO_RE_EXPORT FACILITY_BSL_ADEQUATE
            # a proposed denial carries no conditions to meet
            EQUIPMENT | Aerosol generator for dispersing Bacillus anthracis spores | 3 | DENIED | SCR-WEAPON-OR-MEANS-OF-DELIVERY |
            """)
    void controlledItemsCarryTheirConditions(ItemKind kind, String description, int bsl, ScreeningOutcome outcome,
            String rules, String conditions) {
        ItemFinding f = Fixtures.screenOne(kind, description, null, bsl);

        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
        assertThat(f.rules()).as(f.reason()).containsExactlyInAnyOrderElementsOf(Fixtures.words(rules));
        assertThat(f.conditions()).as(f.reason()).containsExactlyElementsOf(Fixtures.words(conditions));
    }
}
