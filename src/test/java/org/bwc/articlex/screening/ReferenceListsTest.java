package org.bwc.articlex.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading the control list and the Security Council measures: content, versions, and broken files. */
class ReferenceListsTest {

    private final ControlList list = ControlList.fromClasspath();
    private final SecurityCouncilMeasures measures = SecurityCouncilMeasures.fromClasspath();

    @Test
    void loadsTheShippedListWithItsVersion() {
        assertThat(list.size()).isEqualTo(140);
        assertThat(list.version()).isEqualTo("AG-2023-11+PL-2012-06+EQ-2022-11");
        assertThat(list.digest()).hasSize(16);
        assertThat(list.rules().stream().map(ControlRule::section).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ControlSection.class));
        assertThat(ControlList.fromClasspath()).as("loaded once").isSameAs(list);
        assertThat(Fixtures.SCREENING.referenceVersion())
                .startsWith("AG-2023-11+PL-2012-06+EQ-2022-11 (sha256:")
                .contains("UNSC UNSC-2025-09-28 (sha256:");
    }

    @Test
    void parsesRuleColumns() {
        ControlRule ebola = list.rule("AG-HAP-VIR-EBOLA").orElseThrow();
        assertThat(ebola.whoRiskGroup()).isEqualTo(4);
        assertThat(ebola.synonyms()).contains("EBOV", "Ebola virus", "Bombali virus");
        assertThat(ebola.listDate()).hasToString("2023-11");
        assertThat(ebola.kind()).isEqualTo(ControlKind.VIRUS);

        ControlRule dryer = list.rule("AG-EQ-FREEZE-DRYER").orElseThrow();
        assertThat(dryer.thresholds()).extracting(Threshold::toString)
                .containsExactly("condenser_capacity_kg_ice_per_24h>10", "condenser_capacity_kg_ice_per_24h<1000");
        assertThat(dryer.whoRiskGroup()).isNull();

        Threshold spray = list.rule("AG-EQ-SPRAY-FOG-SYSTEMS").orElseThrow().thresholds().get(1);
        assertThat(spray.dimension()).isEqualTo(Dimension.FLOW_L_PER_H);
        assertThat(spray.canonicalValue()).isEqualByComparingTo(new BigDecimal("120"));
        assertThat(list.isMeansOfDelivery("AG-EQ-SPRAY-FOG-SYSTEMS")).isTrue();
        assertThat(list.isMeansOfDelivery("AG-EQ-SPRAY-DRYER")).isFalse();
    }

    @Test
    void loadsTheSecurityCouncilMeasures() {
        assertThat(measures.measures()).hasSize(8);
        assertThat(measures.coveringBiologicalDualUse("PRK")).extracting(SecurityCouncilMeasure::ruleId)
                .containsExactly("UNSC-1718-PRK", "UNSC-1874-PRK", "UNSC-2270-PRK");
        assertThat(measures.coveringBiologicalDualUse("prk")).hasSize(3);
        assertThat(measures.coveringBiologicalDualUse("IRN")).as("not biological").isEmpty();
        assertThat(measures.coveringBiologicalDualUse("SSD")).isEmpty();
        assertThat(measures.coveringBiologicalDualUse("KEN")).isEmpty();
        assertThat(measures.byRuleId("UNSC-2428-SSD")).isPresent();
        assertThat(measures.version()).isEqualTo("UNSC-2025-09-28");
    }

    @Test
    void aListWithoutVersionIsIdentifiedByItsDigest() {
        ControlList unversioned = new ControlList(new StringReader(Fixtures.HEADER
                + "X-1,TOXIN,TOXIN,Testotoxin,,,,2025-01,test\n"), null);
        assertThat(unversioned.version()).isEqualTo("sha256:" + unversioned.digest());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            X-1,TOXIN,TOXIN,Testotoxin,,,,2025-01,t\\nX-1,TOXIN,TOXIN,Other,,,,2025-01,t | duplicate id X-1
            X-1,WEAPONS,TOXIN,Testotoxin,,,,2025-01,t                              | unknown section 'WEAPONS'
            X-1,TOXIN,PRION,Testotoxin,,,,2025-01,t                                | unknown kind 'PRION'
            X-1,TOXIN,TOXIN,Testotoxin,,5,,2025-01,t                               | who_risk_group must be 1-4
            X-1,TOXIN,TOXIN,Testotoxin,,,,Nov 2023,t                               | list_date must be YYYY-MM
            ,TOXIN,TOXIN,Testotoxin,,,,2025-01,t                                   | empty id
            """)
    void rejectsABrokenList(String rows, String message) {
        assertThatThrownBy(() -> Fixtures.list(rows.split("\\\\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsAListWithoutARequiredColumn() {
        assertThatThrownBy(() -> new ControlList(new StringReader("id,section,kind,name\nX,TOXIN,TOXIN,Y\n"), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing column 'synonyms'");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            PRK,1718 (2006),s,yes,src      | covers_biological_dual_use must be true or false
            KOREA,1718 (2006),s,true,src   | ISO 3166-1 alpha-3
            PRK,no number,s,true,src       | resolution without a number
            """)
    void rejectsBrokenMeasures(String row, String message) {
        assertThatThrownBy(() -> new SecurityCouncilMeasures(new StringReader(
                "state,resolution,scope,covers_biological_dual_use,source\n" + row + "\n"), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void everyRuleIsReachableByItsOwnNameOrASynonym() {
        // a rule no description can ever hit would be dead weight in the list
        for (ControlRule r : list.rules()) {
            boolean reachable = Arrays.asList(r.name()).stream().anyMatch(n -> hits(r, n))
                    || r.synonyms().stream().anyMatch(s -> hits(r, s));
            assertThat(reachable).as(r.id()).isTrue();
        }
    }

    private boolean hits(ControlRule r, String text) {
        return list.terms().find(Tokens.of(text), true).stream()
                .anyMatch(h -> h.rule() == r && h.type() == TermIndex.HitType.TERM);
    }
}
