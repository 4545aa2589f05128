package org.bwc.articlex.screening;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The two text primitives under the classifier: capacities with units, and word folding. */
class TextParsingTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            50-litre bioreactor                  | VOLUME_L          | 50
            fermenter 19 L                       | VOLUME_L          | 19
            20 l fermenter                       | VOLUME_L          | 20
            500 mL shake flask                   | VOLUME_L          | 0.5
            1.5 m3 chamber                       | VOLUME_L          | 1500
            1,5 m³ chamber                       | VOLUME_L          | 1500
            tank 1,000 L                         | VOLUME_L          | 1000
            tank 1.000.000 L                     | VOLUME_L          | 1000000
            tank 10 to 30 litres                 | VOLUME_L          | 30
            200 L/h continuous centrifuge        | FLOW_L_PER_H      | 200
            2 L/min                              | FLOW_L_PER_H      | 120
            5 lpm                                | FLOW_L_PER_H      | 300
            0.5 m3/h                             | FLOW_L_PER_H      | 500
            cross-flow filtration 1.2 m2         | AREA_M2           | 1.2
            area 0,2 m²                          | AREA_M2           | 0.2
            2500 cm2                             | AREA_M2           | 0.25
            freeze dryer 15 kg/24h               | ICE_KG_PER_24H    | 15
            condenser 15 kg of ice per 24 hours  | ICE_KG_PER_24H    | 15
            VMD 30 µm                            | DROPLET_UM        | 30
            VMD 30 μm                            | DROPLET_UM        | 30
            BSL-3 suite                          | CONTAINMENT_LEVEL | 3
            biosafety level 4                    | CONTAINMENT_LEVEL | 4
            P3 laboratory                        | CONTAINMENT_LEVEL | 3
            controls 3 process parameters        | PARAMETER_COUNT   | 3
            """)
    void measuresCapacities(String text, Dimension dimension, BigDecimal expected) {
        assertThat(Measurements.of(text).get(dimension)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BSL-3 lab                 | VOLUME_L
            Stx2 standard             | VOLUME_L
            O157:H7                   | VOLUME_L
            freeze dryer 15 kg        | ICE_KG_PER_24H
            Class 3 cabinet           | CONTAINMENT_LEVEL
            L-glutamine 200 mM        | VOLUME_L
            """)
    void ignoresNumbersThatAreNotCapacities(String text, Dimension dimension) {
        assertThat(Measurements.of(text).get(dimension)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            haemorrhagic  | hemorrhagic
            tularaemia    | tularemia
            lyophiliser   | lyophilizer
            fibre         | fiber
            litres        | liter
            toxins        | toxin
            viruses       | virus
            fermentors    | fermenter
            driers        | dryer
            anthracis     | anthracis
            """)
    void foldsSpellingVariantsTogether(String a, String b) {
        assertThat(Tokens.fold(a)).isEqualTo(Tokens.fold(b));
    }
}
