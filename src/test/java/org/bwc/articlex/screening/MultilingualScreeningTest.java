package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classification rules of docs/screening.md, one table per rule: names in the six UN languages, near-misses,
 * abbreviations in context, the list's exclusions, the fail-safe for unknown organisms, control codes,
 * non-live materials, care-and-diagnostics training and the weapon ground. Each item is screened alone
 * for a BSL-3 laboratory with a stated end use. Columns: kind | description | outcome | rules (exact).
 */
class MultilingualScreeningTest {

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ---- names in French, Spanish, Russian, Arabic and Chinese; plurals and accents fold away
            MATERIAL  | Toxine botulique                       | CONDITIONAL | AG-TOX-BOTULINUM
            MATERIAL  | toxines botuliques                     | CONDITIONAL | AG-TOX-BOTULINUM
            MATERIAL  | TOXINE BOTULIQUE                       | CONDITIONAL | AG-TOX-BOTULINUM
            MATERIAL  | Ricina                                 | CONDITIONAL | AG-TOX-RICIN
            MATERIAL  | Ricine purifiée                        | CONDITIONAL | AG-TOX-RICIN
            AGENT     | Virus del Ébola                        | REFERRED    | AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP
            AGENT     | virus del ebola                        | REFERRED    | AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP
            AGENT     | fiebre aftosa                          | CONDITIONAL | AG-HAP-VIR-FMD
            AGENT     | peste porcine africaine                | CONDITIONAL | AG-HAP-VIR-AFRICAN-SWINE-FEVER
            AGENT     | Virus de l'influenza aviaire           | CONDITIONAL | AG-HAP-VIR-AVIAN-INFLUENZA
            MATERIAL  | Staph. aureus enterotoxin B            | CONDITIONAL | AG-TOX-STAPH
            MATERIAL  | Рицин                                  | CONDITIONAL | AG-TOX-RICIN
            AGENT     | Вирус Эбола, штамм Заир                | REFERRED    | AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP
            MATERIAL  | الريسين                                | CONDITIONAL | AG-TOX-RICIN
            MATERIAL  | 蓖麻毒素                                | CONDITIONAL | AG-TOX-RICIN
            AGENT     | 一株炭疽杆菌                             | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            EQUIPMENT | Fermentador de 100 litros              | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | Bioréacteur 50 L                       | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | Bioréacteur 5 L                        | CLEARED     |
            EQUIPMENT | Cabina de seguridad biológica clase III | CONDITIONAL | AG-EQ-CLASS-III-BSC
            EQUIPMENT | Synthétiseur d'ADN automatisé          | CONDITIONAL | AG-EQ-NUCLEIC-ACID-SYNTHESIZER
            EQUIPMENT | Centrifuge, continuous flow, 500 litres per hour | CONDITIONAL | AG-EQ-CENTRIFUGAL-SEPARATOR
            EQUIPMENT | Liofilizador, 20 kg/24 h               | CONDITIONAL | AG-EQ-FREEZE-DRYER
            # ---- one edit away from a name of seven letters or more, same first letter
            AGENT     | Yersinia pestiss                       | CONDITIONAL | AG-HAP-BAC-YPESTIS
            AGENT     | Brucella melitensys                    | CONDITIONAL | AG-HAP-BAC-BRUCELLA-MELITENSIS
            AGENT     | Yersinia pesits                        | CONDITIONAL | AG-HAP-BAC-YPESTIS
            AGENT     | Francisela tularensis                  | CONDITIONAL | AG-HAP-BAC-FTULARENSIS
            AGENT     | Yersinnia pestiss                      | REFERRED    | SCR-UNKNOWN-ORGANISM
            AGENT     | Anthrex spores                         | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            AGENT     | Plagve culture                         | REFERRED    | SCR-UNKNOWN-ORGANISM
            AGENT     | Brucela abortus                        | CONDITIONAL | AG-HAP-BAC-BRUCELLA-ABORTUS
            AGENT     | Dersinia pestis                        | REFERRED    | SCR-UNKNOWN-ORGANISM
            EQUIPMENT | Bioreacter 50 L                        | CONDITIONAL | AG-EQ-FERMENTER-20L
            MATERIAL  | fermented milk starter                 | CLEARED     |
            # ---- abbreviations only as whole tokens in context
            EQUIPMENT | Workstation with NVIDIA GTX 1080 GPU   | CLEARED     |
            MATERIAL  | GTX 1080 graphics card                 | CLEARED     |
            EQUIPMENT | Drone with spraying tank, 10 L/min, VMD 40 µm | CONDITIONAL | AG-EQ-SPRAY-FOG-SYSTEMS
            EQUIPMENT | Spray-type dryer for toxins            | CONDITIONAL | AG-EQ-SPRAY-DRYER
            MATERIAL  | Gants en nitrile, boîte de 100         | CLEARED     |
            EQUIPMENT | Spray bottle and hand towel dryer      | CLEARED     |
            MATERIAL  | Rotavirus NSP4 protein                 | CLEARED     |
            MATERIAL  | GTX2 certified reference material       | CONDITIONAL | AG-TOX-GONYAUTOXINS
            MATERIAL  | SEB                                    | CONDITIONAL | AG-TOX-STAPH
            EQUIPMENT | SEB ELISA reader                       | CLEARED     |
            MATERIAL  | SEA-2 buffer                           | CLEARED     |
            MATERIAL  | Enterotoxina B de Staphylococcus aureus | CONDITIONAL | AG-TOX-STAPH
            MATERIAL  | Enterotoxin of an unnamed Staphylococcus | REFERRED  | SCR-UNKNOWN-ORGANISM
            EQUIPMENT | Helicopter spray boom, 5 L/min, VMD 30 µm | CONDITIONAL | AG-EQ-SPRAY-FOG-SYSTEMS
            EQUIPMENT | Knapsack sprayer 16 L                  | CLEARED     |
            EQUIPMENT | P3 particulate filter cartridges       | CLEARED     |
            EQUIPMENT | Mobile P3 laboratory                   | CONDITIONAL | AG-EQ-CONTAINMENT-FACILITY-P3-P4
            TRAINING  | DAS-ELISA training                     | CLEARED     |
            # ---- the list's exclusions and look-alikes
            EQUIPMENT | Knapsack sprayers for locust plague control | CLEARED |
            EQUIPMENT | Decanter centrifuge for olive oil      | CLEARED     |
            EQUIPMENT | Decanter centrifuge 300 L/h            | CONDITIONAL | AG-EQ-CENTRIFUGAL-SEPARATOR
            EQUIPMENT | Anaerobic chamber for clinical microbiology | CLEARED |
            EQUIPMENT | Cross-flow filtration unit for reverse osmosis, 4 m² | CLEARED |
            EQUIPMENT | Equipo de filtración tangencial para ósmosis inversa | CLEARED |
            EQUIPMENT | Haemodialysis system with cross-flow filter, 2 m2 | CLEARED |
            MATERIAL  | Cholera toxin B subunit                | CLEARED     |
            AGENT     | plague                                 | CONDITIONAL | AG-HAP-BAC-YPESTIS
            AGENT     | Peste bovine, virus                    | CONDITIONAL | AG-HAP-VIR-RINDERPEST
            # ---- fail-safe: an organism nobody knows goes to a person; a known unlisted one is cleared
            AGENT     | Xyzzobacter floridensis strain 7       | REFERRED    | SCR-UNKNOWN-ORGANISM
            MATERIAL  | Souche virale inconnue                 | REFERRED    | SCR-UNKNOWN-ORGANISM
            MATERIAL  | Agar powder 500 g                      | CLEARED     |
            AGENT     | Lactobacillus rhamnosus GG             | CLEARED     |
            AGENT     | BCG vaccine strain Pasteur             | CLEARED     |
            AGENT     | E. coli K-12                           | CLEARED     |
            MATERIAL  | Levure de boulanger                    | CLEARED     |
            # ---- non-live and diagnostic materials are not live agents
            MATERIAL  | Non-infectious synthetic RNA control for SARS-CoV-2 RT-PCR | CLEARED |
            AGENT     | Ebola virus, gamma-inactivated         | REFERRED    | SCR-INACTIVATION-UNVERIFIED
            MATERIAL  | Rift Valley fever virus, inactivated antigen | CLEARED |
            MATERIAL  | Synthetic Ebola virus RNA control, non-infectious | CLEARED |
            MATERIAL  | Vacuna inactivada contra la fiebre aftosa | CLEARED  |
            MATERIAL  | Lassa fever awareness posters          | CLEARED     |
            MATERIAL  | Diagnostic reagents for Brucella spp.  | CLEARED     |
            MATERIAL  | Antígeno de Brucella abortus para rosa de Bengala | CLEARED |
            MATERIAL  | Ricin reagent, 1 mg                    | CONDITIONAL | AG-TOX-RICIN
            AGENT     | Brucella abortus diagnostic strain     | CONDITIONAL | AG-HAP-BAC-BRUCELLA-ABORTUS
            AGENT     | Ebola virus, live                      | REFERRED    | AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP
            # ---- training: care, diagnostics and biosafety are not development or production technology
            TRAINING  | Clinical management of Ebola virus disease | CLEARED |
            TRAINING  | Formation au diagnostic de la rage     | CLEARED     |
            TRAINING  | Vigilancia de la fiebre aftosa         | CLEARED     |
            TRAINING  | Training on anthrax spore production   | CONDITIONAL | AG-TECH-BIO-TECHNOLOGY
            TRAINING  | Ebola virus diagnostics scale-up production | CONDITIONAL | AG-TECH-BIO-TECHNOLOGY
            # ---- the weapon ground only for items designed to disseminate agents
            EQUIPMENT | Agricultural spraying drone            | REFERRED    | AG-EQ-SPRAY-FOG-SYSTEMS SCR-CAPACITY-UNKNOWN
            EQUIPMENT | Agricultural spraying drone, 10 L/min, VMD 40 µm | CONDITIONAL | AG-EQ-SPRAY-FOG-SYSTEMS
            EQUIPMENT | Munition storage racks                 | REFERRED    | SCR-MUNITION-WITHOUT-AGENT
            TRAINING  | Munitions clearance training           | CLEARED     |
            EQUIPMENT | Munition filled with anthrax spores    | DENIED      | AG-HAP-BAC-BANTHRACIS SCR-KIND-MISMATCH SCR-WEAPON-OR-MEANS-OF-DELIVERY
            EQUIPMENT | Sprayer to disperse ricin              | DENIED      | AG-TOX-RICIN SCR-KIND-MISMATCH SCR-WEAPON-OR-MEANS-OF-DELIVERY
            EQUIPMENT | Knapsack sprayers for pests            | CLEARED     |
            MATERIAL  | Dental plaque disclosing tablets       | CLEARED     |
            EQUIPMENT | Dispersing agent for paints            | CLEARED     |
            """)
    void classifies(ItemKind kind, String description, ScreeningOutcome outcome, String rules) {
        ItemFinding f = Fixtures.screenOne(kind, description, null, 3);

        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
        assertThat(f.rules()).as(f.reason()).containsExactlyInAnyOrderElementsOf(Fixtures.words(rules));
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" code {2} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a control code never lowers an outcome; one that contradicts the description is a finding
            AGENT     | Ebola virus Makona      | AG-HAP-VIR-RABIES-LYSSAVIRUS | 2 | REFERRED    | AG-HAP-VIR-EBOLA AG-HAP-VIR-RABIES-LYSSAVIRUS SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP SCR-CONTROL-CODE-MISMATCH
            AGENT     | Lactobacillus casei     | AG-TOX-RICIN                 | 3 | REFERRED    | AG-TOX-RICIN SCR-CONTROL-CODE-MISMATCH
            EQUIPMENT | Bioreactor 50 L         | AG-EQ-FERMENTER-20L          | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | Bioreactor 5 L          | AG-EQ-FERMENTER-20L          | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-CONTROL-CODE-MISMATCH
            EQUIPMENT | Bioreactor 50 L         | AG-EQ-SPRAY-DRYER            | 3 | REFERRED    | AG-EQ-FERMENTER-20L AG-EQ-SPRAY-DRYER SCR-CONTROL-CODE-MISMATCH
            EQUIPMENT | Bioreactor 50 L         | XX-UNKNOWN                   | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-UNKNOWN-CONTROL-CODE
            AGENT     | Bacillus anthracis      | ag-hap-bac-banthracis        | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            FUNDING   | Grant                   | AG-EQ-FERMENTER-20L          | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-CONTROL-CODE-MISMATCH
            """)
    void controlCodes(ItemKind kind, String description, String code, int bsl, ScreeningOutcome outcome, String rules) {
        ItemFinding f = Fixtures.screenOne(kind, description, code, bsl);

        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
        assertThat(f.rules()).as(f.reason()).containsExactlyInAnyOrderElementsOf(Fixtures.words(rules));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SCR-WEAPON-OR-MEANS-OF-DELIVERY                  | WEAPON_OR_MEANS_OF_DELIVERY
            AG-EQ-FERMENTER-20L UNSC-1718-PRK                | UNSC_MEASURE
            AG-EQ-FERMENTER-20L                              |
            SCR-WEAPON-OR-MEANS-OF-DELIVERY UNSC-1718-PRK    | UNSC_MEASURE WEAPON_OR_MEANS_OF_DELIVERY
            """)
    void findingsSayWhichLegalGroundTheySupport(String rules, String grounds) {
        ItemFinding f = new ItemFinding(1, ScreeningOutcome.DENIED, Fixtures.words(rules), java.util.List.of(), null);

        assertThat(f.legalGrounds()).extracting(Enum::name).containsExactlyElementsOf(Fixtures.words(grounds));
        for (LegalGround g : LegalGround.values()) {
            assertThat(f.supports(g)).isEqualTo(Fixtures.words(grounds).contains(g.name()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pestiss     | pestis
            melitensys  | melitensis
            tularensys  | tularensis
            anthracsi   | anthracis
            bioreacter  | bioreactor
            flanders    |
            fermented   |
            anthrax     | anthrax
            pesits      | pestis
            """)
    void nearMissesOfListedWords(String word, String expected) {
        assertThat(ControlList.fromClasspath().terms().fuzzy().nearest(word)).isEqualTo(expected);
    }
}
