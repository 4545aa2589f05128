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
            # thousands separators and decimal marks of English, French and Spanish
            fermenter 1 000 L                    | VOLUME_L          | 1000
            fermenter 1.000 L                    | VOLUME_L          | 1000
            fermenter 1'000 L                    | VOLUME_L          | 1000
            fermenter 1’000 L                    | VOLUME_L          | 1000
            fermenter 1 000 L               | VOLUME_L          | 1000
            fermenter 1 000 L               | VOLUME_L          | 1000
            fermenter 1 000 L               | VOLUME_L          | 1000
            fermenter 2.500,5 L                  | VOLUME_L          | 2500.5
            fermenter 2,500.5 L                  | VOLUME_L          | 2500.5
            fermenter 0.500 L                    | VOLUME_L          | 0.5
            fermenter 20 000 mL                  | VOLUME_L          | 20
            # units as symbols and words
            50 ℓ                                 | VOLUME_L          | 50
            25 dm³                               | VOLUME_L          | 25
            100 litros                           | VOLUME_L          | 100
            100 liters                           | VOLUME_L          | 100
            2 hL                                 | VOLUME_L          | 200
            10 US gallons                        | VOLUME_L          | 37.85411784
            10 gallons                           | VOLUME_L          | 37.85411784
            10 imperial gallons                  | VOLUME_L          | 45.4609
            500 µL                               | VOLUME_L          | 0.0005
            0,05 m³                              | VOLUME_L          | 50
            2 metros cúbicos                     | VOLUME_L          | 2000
            500 litres per hour                  | FLOW_L_PER_H      | 500
            500 litros por hora                  | FLOW_L_PER_H      | 500
            300 litres par heure                 | FLOW_L_PER_H      | 300
            150 l/hr                             | FLOW_L_PER_H      | 150
            200 L h-1                            | FLOW_L_PER_H      | 200
            10 litros por minuto                 | FLOW_L_PER_H      | 600
            50 mL/min                            | FLOW_L_PER_H      | 3
            1 US gallon per minute               | FLOW_L_PER_H      | 227.12470704
            1,2 m3/h                             | FLOW_L_PER_H      | 1200
            1,5 metros cuadrados                 | AREA_M2           | 1.5
            2 mètres carrés                      | AREA_M2           | 2
            15 000 cm²                           | AREA_M2           | 1.5
            20 kg/24 h                           | ICE_KG_PER_24H    | 20
            12 kg par jour                       | ICE_KG_PER_24H    | 12
            15 kg de hielo por día               | ICE_KG_PER_24H    | 15
            50 kg ice per day                    | ICE_KG_PER_24H    | 50
            15 kg de glace en 24 h               | ICE_KG_PER_24H    | 15
            25 kg of ice in 24 hours             | ICE_KG_PER_24H    | 25
            40 kg de hielo en 24 horas           | ICE_KG_PER_24H    | 40
            150 l.h-1                            | FLOW_L_PER_H      | 150
            15 ft²                               | AREA_M2           | 1.3935456
            20 sq ft                             | AREA_M2           | 1.8580608
            50 kg ice capacity per 24 h          | ICE_KG_PER_24H    | 50
            40 micras                            | DROPLET_UM        | 40
            # the unit before the number in a labelled field
            Volume (L): 300                      | VOLUME_L          | 300
            litres: 1 500                        | VOLUME_L          | 1500
            # containment levels in three languages
            laboratoire NSB3                     | CONTAINMENT_LEVEL | 3
            nivel de bioseguridad 3              | CONTAINMENT_LEVEL | 3
            # the working volume is not the total internal volume
            working volume 15 L                  | WORKING_VOLUME_L  | 15
            30 L working volume                  | WORKING_VOLUME_L  | 30
            volumen útil 15 L                    | WORKING_VOLUME_L  | 15
            working volume 15 L, total 25 L      | VOLUME_L          | 25
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
            working volume 15 L       | VOLUME_L
            Pipettes 10-1000 µL       | FLOW_L_PER_H
            15000 rpm                 | VOLUME_L
            ISO 9001                  | VOLUME_L
            """)
    void ignoresNumbersThatAreNotCapacities(String text, Dimension dimension) {
        assertThat(Measurements.of(text).get(dimension)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> min {1}, max {2}")
    @CsvSource(delimiter = '|', textBlock = """
            freeze dryer 5-2000 kg/24h            | 5   | 2000
            freeze dryer 5 to 20 kg/24h           | 5   | 20
            de 10 a 50 kg/24 h                    | 10  | 50
            15 kg/24h and 1500 kg/24h             | 15  | 1500
            20 kg/24 h                            | 20  | 20
            """)
    void keepsBothEndsOfARange(String text, BigDecimal min, BigDecimal max) {
        Measurements m = Measurements.of(text);
        assertThat(m.min(Dimension.ICE_KG_PER_24H)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(min));
        assertThat(m.get(Dimension.ICE_KG_PER_24H)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(max));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000      | 1000
            1,000     | 1000
            1.000     | 1000
            1,5       | 1.5
            1.5       | 1.5
            1,50      | 1.50
            0,500     | 0.500
            0.500     | 0.500
            1.000.000 | 1000000
            1,000,000 | 1000000
            1.234,5   | 1234.5
            1,234.5   | 1234.5
            1 234,5   | 1234.5
            12'345    | 12345
            """)
    void readsNumbersOfEveryConvention(String text, BigDecimal expected) {
        assertThat(Measurements.parseNumber(text)).isEqualByComparingTo(expected);
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
            bioréacteur   | bioreacteur
            BIORÉACTEURS  | bioreacteur
            fermentadores | fermentador
            toxines       | toxine
            toxine        | toxin
            litros        | litro
            enfermedades  | enfermedad
            porcines      | porcine
            язвы          | язва
            чумы          | чума
            """)
    void foldsSpellingVariantsTogether(String a, String b) {
        assertThat(Tokens.fold(a)).isEqualTo(Tokens.fold(b));
    }
}
