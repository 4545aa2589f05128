package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One item, screened for a Kenyan research institute with a stated end use, against the shipped list.
 * Columns: kind | description | control code | facility BSL ("-" = not stated) | outcome | rules (exact).
 * Rule ids are abbreviated in the table: a leading "AG-" or "SCR-" is written out in full.
 */
class ItemScreeningTableTest {

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ---- human and animal pathogens: viruses (names, synonyms, abbreviations, genus entries)
            AGENT     | Ebola virus, inactivated reference material      |  | 2 | REFERRED    | SCR-INACTIVATION-UNVERIFIED
            AGENT     | Ebolavirus                                       |  | 4 | REFERRED    | AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4
            AGENT     | Zaire ebolavirus Makona isolate                  |  | 4 | REFERRED    | AG-HAP-VIR-EBOLA SCR-RISK-GROUP-4
            AGENT     | Marburg                                          |  | 4 | REFERRED    | AG-HAP-VIR-MARBURG SCR-RISK-GROUP-4
            AGENT     | MARV Angola strain                               |  | 4 | REFERRED    | AG-HAP-VIR-MARBURG SCR-RISK-GROUP-4
            AGENT     | Lassa                                            |  | 3 | REFERRED    | AG-HAP-VIR-LASSA SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP
            AGENT     | Crimean-Congo haemorrhagic fever virus           |  | 4 | REFERRED    | AG-HAP-VIR-CCHF SCR-RISK-GROUP-4
            AGENT     | NiV                                              |  | 4 | REFERRED    | AG-HAP-VIR-NIPAH SCR-RISK-GROUP-4
            AGENT     | Rift Valley fever virus MP-12                    |  | 3 | CONDITIONAL | AG-HAP-VIR-RIFT-VALLEY-FEVER
            AGENT     | RVFV                                             |  | 3 | CONDITIONAL | AG-HAP-VIR-RIFT-VALLEY-FEVER
            AGENT     | Venezuelan equine encephalitis virus TC-83       |  | 3 | CONDITIONAL | AG-HAP-VIR-VEE
            AGENT     | AIV H5N1 isolate                                 |  | 3 | CONDITIONAL | AG-HAP-VIR-AVIAN-INFLUENZA
            AGENT     | Foot-and-mouth disease virus serotype O          |  | - | CONDITIONAL | AG-HAP-VIR-FMD
            AGENT     | Hog cholera virus                                |  | 2 | CONDITIONAL | AG-HAP-VIR-CLASSICAL-SWINE-FEVER
            MATERIAL  | "Aujeszky's disease virus"                       |  | 2 | CONDITIONAL | AG-HAP-VIR-SUID-HERPESVIRUS-1
            MATERIAL  | mpox virus clade Ib                              |  | 3 | CONDITIONAL | AG-HAP-VIR-MONKEYPOX
            AGENT     | Rabies virus CVS-11                              |  | 2 | CONDITIONAL | AG-HAP-VIR-RABIES-LYSSAVIRUS
            AGENT     | Lyssavirus                                       |  | 2 | CONDITIONAL | AG-HAP-VIR-RABIES-LYSSAVIRUS
            AGENT     | hantavirus isolates                              |  | 3 | REFERRED    | AG-HAP-VIR-ANDES AG-HAP-VIR-CHOCLO AG-HAP-VIR-DOBRAVA-BELGRADE AG-HAP-VIR-HANTAAN AG-HAP-VIR-LAGUNA-NEGRA AG-HAP-VIR-SEOUL AG-HAP-VIR-SIN-NOMBRE SCR-SPECIES-UNSPECIFIED
            AGENT     | Andes hantavirus                                 |  | 3 | CONDITIONAL | AG-HAP-VIR-ANDES
            # ---- bacteria (binomials, initials, disease names, genus only, qualified species)
            AGENT     | Bacillus anthracis Sterne strain 34F2            |  | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            AGENT     | B. anthracis                                     |  | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            AGENT     | anthrax spores                                   |  | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            AGENT     | Brucella spp.                                    |  | 3 | REFERRED    | AG-HAP-BAC-BRUCELLA-ABORTUS AG-HAP-BAC-BRUCELLA-MELITENSIS AG-HAP-BAC-BRUCELLA-SUIS SCR-SPECIES-UNSPECIFIED
            AGENT     | Brucella melitensis Rev.1                        |  | 3 | CONDITIONAL | AG-HAP-BAC-BRUCELLA-MELITENSIS
            AGENT     | Yersinia pestis EV76                             |  | 3 | CONDITIONAL | AG-HAP-BAC-YPESTIS
            AGENT     | Francisella tularensis LVS                       |  | 3 | CONDITIONAL | AG-HAP-BAC-FTULARENSIS
            AGENT     | Coxiella burnetii Nine Mile phase II             |  | 3 | CONDITIONAL | AG-HAP-BAC-COXIELLA
            AGENT     | Burkholderia pseudomallei (melioidosis)          |  | 3 | CONDITIONAL | AG-HAP-BAC-BPSEUDOMALLEI
            AGENT     | Pseudomonas mallei                               |  | 3 | CONDITIONAL | AG-HAP-BAC-BMALLEI
            AGENT     | Chlamydophila psittaci                           |  | - | CONDITIONAL | AG-HAP-BAC-CPSITTACI
            AGENT     | Salmonella enterica                              |  | 3 | REFERRED    | AG-HAP-BAC-STYPHI SCR-STRAIN-UNSPECIFIED
            AGENT     | Salmonella enterica serovar Typhimurium LT2      |  | 2 | CLEARED     |
            AGENT     | Salmonella Typhi Ty21a                           |  | 3 | CONDITIONAL | AG-HAP-BAC-STYPHI
            AGENT     | Clostridium botulinum                            |  | 2 | CONDITIONAL | AG-HAP-BAC-CBOTULINUM
            AGENT     | Clostridium botulinum type A                     |  | 2 | CONDITIONAL | AG-HAP-BAC-CBOTULINUM
            AGENT     | Clostridium botulinum type G                     |  | 2 | CONDITIONAL | AG-HAP-BAC-CARGENTINENSE
            AGENT     | Clostridium perfringens                          |  | 2 | REFERRED    | AG-HAP-BAC-CPERFRINGENS-EPSILON SCR-STRAIN-UNSPECIFIED
            AGENT     | C. perfringens type D                            |  | 2 | CONDITIONAL | AG-HAP-BAC-CPERFRINGENS-EPSILON
            AGENT     | Clostridioides difficile 630                     |  | 2 | CLEARED     |
            AGENT     | Bacillus subtilis 168                            |  | 1 | CLEARED     |
            AGENT     | E. coli DH5alpha competent cells                 |  | 1 | CLEARED     |
            AGENT     | E. coli O157:H7                                  |  | 3 | CONDITIONAL | AG-HAP-BAC-STEC
            AGENT     | Mycoplasma mycoides subsp. capri                 |  | 2 | CLEARED     |
            AGENT     | Mycoplasma mycoides subsp. mycoides SC           |  | 2 | CONDITIONAL | AG-HAP-BAC-MYCOPLASMA-MYCOIDES-SC
            MATERIAL  | Mycoplasma detection kit                         |  | 2 | CLEARED     |
            MATERIAL  | Vibrio cholerae O1 El Tor                        |  | 2 | CONDITIONAL | AG-HAP-BAC-VCHOLERAE
            # ---- fungi
            AGENT     | Coccidioides immitis                             |  | 3 | CONDITIONAL | AG-HAP-FUN-COCCIDIOIDES-IMMITIS
            AGENT     | Coccidioides spp.                                |  | 3 | REFERRED    | AG-HAP-FUN-COCCIDIOIDES-IMMITIS AG-HAP-FUN-COCCIDIOIDES-POSADASII SCR-SPECIES-UNSPECIFIED
            # ---- toxins (case-sensitive abbreviations: Stx is Shiga toxin, STX saxitoxin, seb is no toxin)
            MATERIAL  | SEB                                              |  | 2 | CONDITIONAL | AG-TOX-STAPH
            MATERIAL  | seb                                              |  | 2 | CLEARED     |
            MATERIAL  | Stx2 reference standard                          |  | 2 | CONDITIONAL | AG-TOX-SHIGA
            MATERIAL  | STX dihydrochloride                              |  | 2 | CONDITIONAL | AG-TOX-SAXITOXIN
            MATERIAL  | Ricin A chain                                    |  | 2 | CONDITIONAL | AG-TOX-RICIN
            MATERIAL  | T-2 toxin                                        |  | 2 | CONDITIONAL | AG-TOX-T2
            MATERIAL  | Tetrodotoxin citrate                             |  | 2 | CONDITIONAL | AG-TOX-TETRODOTOXIN
            MATERIAL  | botulinum neurotoxin type A                      |  | 2 | CONDITIONAL | AG-TOX-BOTULINUM
            MATERIAL  | brevetoxin PbTx-2                                |  | 2 | CONDITIONAL | AG-TOX-BREVETOXINS
            MATERIAL  | Cholera toxin B subunit                          |  | 2 | CLEARED     |
            # ---- product forms name an agent without supplying it; a seed lot of a vaccine strain does supply it
            MATERIAL  | Ebola rapid diagnostic tests                     |  | 3 | CLEARED     |
            MATERIAL  | Oral cholera vaccine                             |  | 2 | CLEARED     |
            MATERIAL  | Botulinum toxin ELISA kit                        |  | 2 | CLEARED     |
            MATERIAL  | Anthrax vaccine strain 34F2 seed lot             |  | 3 | CONDITIONAL | AG-HAP-BAC-BANTHRACIS
            MATERIAL  | Ricin reference standard                         |  | 2 | CONDITIONAL | AG-TOX-RICIN
            # ---- plant pathogens
            AGENT     | Puccinia graminis Ug99                           |  | 2 | CONDITIONAL | AG-PLANT-PUCCINIA-GRAMINIS
            AGENT     | wheat stem rust race TTKSK                       |  | 2 | CONDITIONAL | AG-PLANT-PUCCINIA-GRAMINIS
            AGENT     | Ralstonia solanacearum race 3 biovar 2           |  | 2 | CONDITIONAL | AG-PLANT-RALSTONIA-SOLANACEARUM-R3B2
            AGENT     | Ralstonia solanacearum race 1                    |  | 2 | CLEARED     |
            AGENT     | Xanthomonas oryzae pv. oryzae                    |  | 2 | CONDITIONAL | AG-PLANT-XANTHOMONAS-ORYZAE
            AGENT     | Xanthomonas oryzae pv. oryzicola                 |  | 2 | CLEARED     |
            AGENT     | Magnaporthe oryzae (rice blast)                  |  | 2 | CONDITIONAL | AG-PLANT-MAGNAPORTHE-ORYZAE
            AGENT     | PSTVd                                            |  | 2 | CONDITIONAL | AG-PLANT-POTATO-SPINDLE-TUBER-VIROID
            # ---- genetic elements: controlled only with a listed agent
            MATERIAL  | plasmid encoding Bacillus anthracis protective antigen |  | 3 | CONDITIONAL | AG-GE-HAP-GENETIC-ELEMENTS AG-HAP-BAC-BANTHRACIS
            MATERIAL  | plasmid purification kit                         |  | 2 | CLEARED     |
            MATERIAL  | GMO rice blast strain                            |  | 2 | CONDITIONAL | AG-GE-PLANT-GMO AG-PLANT-MAGNAPORTHE-ORYZAE
            # ---- dual-use equipment
            EQUIPMENT | 50-litre bioreactor                              |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | fermenter 19 L                                   |  | 3 | CLEARED     |
            EQUIPMENT | 20 l fermenter                                   |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | bioreactor                                       |  | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-CAPACITY-UNKNOWN
            EQUIPMENT | bioreactor vessel 50 L                           |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-CULTIVATION-CHAMBER
            EQUIPMENT | bioreactor controller with 4 parameters          |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-PROCESS-CONTROL
            EQUIPMENT | 200 L/h continuous centrifuge                    |  | 3 | CONDITIONAL | AG-EQ-CENTRIFUGAL-SEPARATOR
            EQUIPMENT | benchtop centrifuge 15000 rpm                    |  | 3 | CLEARED     |
            EQUIPMENT | cross-flow filtration 1.2 m2                     |  | 3 | CONDITIONAL | AG-EQ-CROSSFLOW-FILTRATION
            MATERIAL  | TFF cassette 0.5 m²                              |  | 3 | CONDITIONAL | AG-EQ-CROSSFLOW-FILTRATION-COMPONENT
            EQUIPMENT | freeze dryer 15 kg/24h                           |  | 3 | CONDITIONAL | AG-EQ-FREEZE-DRYER
            EQUIPMENT | spray dryer                                      |  | 3 | CONDITIONAL | AG-EQ-SPRAY-DRYER
            EQUIPMENT | whole-body inhalation chamber 1.5 m3             |  | 3 | CONDITIONAL | AG-EQ-AEROSOL-INHALATION
            EQUIPMENT | Class III biological safety cabinet              |  | 3 | CONDITIONAL | AG-EQ-CLASS-III-BSC
            EQUIPMENT | Class II biosafety cabinet                       |  | 3 | CLEARED     |
            EQUIPMENT | glove box                                        |  | 3 | CONDITIONAL | AG-EQ-CLASS-III-BSC
            MATERIAL  | nitrile gloves, box of 100                       |  | 3 | CLEARED     |
            EQUIPMENT | Class II BSC for BSL-3 lab                       |  | 3 | CLEARED     |
            EQUIPMENT | modular BSL-3 laboratory                         |  | 3 | CONDITIONAL | AG-EQ-CONTAINMENT-FACILITY-P3-P4
            EQUIPMENT | Nitrile gloves for a biosafety level 3 laboratory |  | 3 | CLEARED    |
            EQUIPMENT | Gants pour laboratoire de niveau de biosécurité 3 |  | 3 | CLEARED    |
            EQUIPMENT | Modular unit for a BSL-3 laboratory              |  | 3 | CONDITIONAL | AG-EQ-CONTAINMENT-FACILITY-P3-P4
            EQUIPMENT | Laboratoire mobile P3 avec hotte et centrifugeuse |  | 3 | CONDITIONAL | AG-EQ-CONTAINMENT-FACILITY-P3-P4
            EQUIPMENT | Laboratorio móvil NBS3 con cabina de seguridad biológica |  | 3 | CONDITIONAL | AG-EQ-CONTAINMENT-FACILITY-P3-P4
            EQUIPMENT | Batas desechables para laboratorio NBS3          |  | 3 | CLEARED     |
            EQUIPMENT | Cuve de fermentation de 75 l                     |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | Wine fermentation tank 1 000 L                   |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | Atomiseur à dos pour vergers                     |  | 3 | CLEARED     |
            MATERIAL  | Medio de cultivo agar sangre                     |  | 3 | CLEARED     |
            MATERIAL  | Culture of an unidentified soil bacterium in broth |  | 3 | REFERRED   | SCR-UNKNOWN-ORGANISM
            MATERIAL  | Anti-botulinum antitoxin (equine)                |  | 3 | CLEARED     |
            EQUIPMENT | Compost bioreactor bin 200 L                     |  | 3 | CLEARED     |
            EQUIPMENT | Fermentadora de masa para panadería              |  | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-CAPACITY-UNKNOWN
            EQUIPMENT | Milk powder spray dryer                          |  | 3 | CLEARED     |
            EQUIPMENT | Chambre d'inhalation pour enfants asthmatiques   |  | 3 | CLEARED     |
            EQUIPMENT | Biological safety cabinet (class III)            |  | 3 | CONDITIONAL | AG-EQ-CLASS-III-BSC
            EQUIPMENT | Cabinas de bioseguridad clase 3                  |  | 3 | CONDITIONAL | AG-EQ-CLASS-III-BSC
            EQUIPMENT | Biological safety cabinet, class II              |  | 3 | CLEARED     |
            EQUIPMENT | Bioreactor 500 L for vaccine production and beer trials |  | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | Munición con agente biológico                    |  | 3 | DENIED      | SCR-WEAPON-OR-MEANS-OF-DELIVERY
            MATERIAL  | T2 MRI contrast agent                            |  | 3 | CLEARED     |
            MATERIAL  | Huile de ricin                                   |  | 3 | CLEARED     |
            MATERIAL  | Ricine purifiée 10 mg                            |  | 3 | CONDITIONAL | AG-TOX-RICIN
            EQUIPMENT | double-door autoclave for BSL-3 lab              |  | 3 | CONDITIONAL | AG-EQ-CONTAINMENT-PASS-THROUGH-AUTOCLAVE
            EQUIPMENT | double-door autoclave                            |  | 3 | REFERRED    | AG-EQ-CONTAINMENT-PASS-THROUGH-AUTOCLAVE SCR-CAPACITY-UNKNOWN
            EQUIPMENT | suit decontamination shower for BSL-4 suite      |  | 3 | CONDITIONAL | AG-EQ-CONTAINMENT-SUIT-DECON-SHOWER
            EQUIPMENT | positive-pressure suit                           |  | 3 | CONDITIONAL | AG-EQ-PROTECTIVE-SUIT
            EQUIPMENT | benchtop DNA printer                             |  | 3 | CONDITIONAL | AG-EQ-NUCLEIC-ACID-SYNTHESIZER
            EQUIPMENT | room fogging system for decontamination          |  | 3 | CLEARED     |
            EQUIPMENT | UAV sprayer                                      |  | 3 | REFERRED    | AG-EQ-SPRAY-FOG-SYSTEMS SCR-CAPACITY-UNKNOWN
            EQUIPMENT | PCR machine for Ebola diagnostics                |  | 3 | CLEARED     |
            EQUIPMENT | Ebola virus cultures                             |  | 4 | REFERRED    | AG-HAP-VIR-EBOLA SCR-KIND-MISMATCH SCR-RISK-GROUP-4
            AGENT     | 50 L fermenter                                   |  | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-KIND-MISMATCH
            # ---- technology: training, expertise and information that name listed items
            INFORMATION | DNA synthesis software                         |  | 3 | CONDITIONAL | AG-TECH-NUCLEIC-ACID-SYNTHESIZER-SOFTWARE
            TRAINING  | Training on Ebola virus diagnostics              |  | 3 | CLEARED     |
            TRAINING  | Marburg outbreak response                        |  | 3 | CLEARED     |
            EXPERTISE | Expert on 1000 L fermenter operation             |  | 3 | CONDITIONAL | AG-TECH-BIO-TECHNOLOGY
            TRAINING  | Training on 5 L fermenters                       |  | 3 | CLEARED     |
            TRAINING  | Workshop in Marburg on laboratory management     |  | 3 | CLEARED     |
            TRAINING  | Training in Seoul on biosafety                   |  | 3 | CLEARED     |
            TRAINING  | Training on Seoul virus diagnostics              |  | 3 | CLEARED     |
            TRAINING  | Training on Seoul virus propagation              |  | 3 | CONDITIONAL | AG-TECH-BIO-TECHNOLOGY
            TRAINING  | Biosafety and biosecurity training for laboratory staff |  | 3 | CLEARED |
            TRAINING  | ""                                               |  | 3 | CLEARED     |
            FUNDING   | Grant for Ebola vaccine research                 |  | 3 | CLEARED     |
            # ---- weapons and means of delivery (legal ground: proposed denial)
            EQUIPMENT | UAV sprayer, droplet VMD 30 µm, 5 L/min          |  | 3 | CONDITIONAL | AG-EQ-SPRAY-FOG-SYSTEMS
            EQUIPMENT | UAV sprayer designed to disperse anthrax spores  |  | 3 | DENIED      | AG-EQ-SPRAY-FOG-SYSTEMS SCR-CAPACITY-UNKNOWN SCR-WEAPON-OR-MEANS-OF-DELIVERY
            EQUIPMENT | bomblet casings                                  |  | 3 | REFERRED    | SCR-MUNITION-WITHOUT-AGENT
            EQUIPMENT | bomblets for biological agents                   |  | 3 | DENIED      | SCR-WEAPON-OR-MEANS-OF-DELIVERY
            MATERIAL  | weaponised anthrax spores                        |  | 3 | DENIED      | AG-HAP-BAC-BANTHRACIS SCR-WEAPON-OR-MEANS-OF-DELIVERY
            TRAINING  | agent weaponization techniques                   |  | 3 | DENIED      | SCR-WEAPON-OR-MEANS-OF-DELIVERY
            TRAINING  | Munitions clearance training                     |  | 3 | CLEARED     |
            TRAINING  | Biological Weapons Convention national implementation |  | 3 | CLEARED |
            # ---- unrecognisable descriptions of goods
            EQUIPMENT | ""                                               |  | 3 | REFERRED    | SCR-UNRECOGNISED-ITEM
            EQUIPMENT | stuff                                            |  | 3 | REFERRED    | SCR-UNRECOGNISED-ITEM
            MATERIAL  | laboratory equipment                             |  | 3 | REFERRED    | SCR-UNRECOGNISED-ITEM
            AGENT     | asdfgh qwerty                                    |  | 3 | REFERRED    | SCR-UNRECOGNISED-ITEM
            EQUIPMENT | ???                                              |  | 3 | REFERRED    | SCR-UNRECOGNISED-ITEM
            EQUIPMENT | пипетки                                          |  | 3 | REFERRED    | SCR-UNRECOGNISED-ITEM
            EQUIPMENT | Pipettes, adjustable 10-1000 µL                  |  | 3 | CLEARED     |
            # ---- control codes
            EQUIPMENT | anything at all                                  | AG-EQ-FERMENTER-20L   | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-CONTROL-CODE-MISMATCH
            EQUIPMENT | fermenter 50 L                                   | AG-EQ-FERMENTER-20L   | 3 | CONDITIONAL | AG-EQ-FERMENTER-20L
            EQUIPMENT | fermenter                                        | ag-eq-fermenter-20l   | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-CAPACITY-UNKNOWN
            EQUIPMENT | fermenter 50 L                                   | 1C351                 | 3 | REFERRED    | AG-EQ-FERMENTER-20L SCR-UNKNOWN-CONTROL-CODE
            AGENT     | Bacillus anthracis                               | AG-HAP-BAC-BANTHRACIS | 2 | REFERRED    | AG-HAP-BAC-BANTHRACIS SCR-BSL-BELOW-RISK-GROUP
            EQUIPMENT | sprayer                                          | AG-EQ-SPRAY-FOG-SYSTEMS | 3 | REFERRED  | AG-EQ-SPRAY-FOG-SYSTEMS SCR-CONTROL-CODE-MISMATCH
            AGENT     | Ebola virus Makona                               | AG-HAP-VIR-RABIES-LYSSAVIRUS | 2 | REFERRED | AG-HAP-VIR-EBOLA AG-HAP-VIR-RABIES-LYSSAVIRUS SCR-RISK-GROUP-4 SCR-BSL-BELOW-RISK-GROUP SCR-CONTROL-CODE-MISMATCH
            """)
    void screensOneItem(ItemKind kind, String description, String code, String bsl, ScreeningOutcome outcome,
                        String rules) {
        ItemFinding f = Fixtures.screenOne(kind, description == null ? "" : description, code,
                "-".equals(bsl) ? null : Integer.valueOf(bsl));

        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
        assertThat(f.rules()).as(f.reason()).containsExactlyInAnyOrderElementsOf(Fixtures.words(rules));
        if (outcome == ScreeningOutcome.CLEARED) {
            assertThat(f.conditions()).isEmpty();
        }
        if (outcome == ScreeningOutcome.CONDITIONAL) {
            assertThat(f.conditions()).contains("END_USE_ASSURANCE", "END_USER_CERTIFICATE", "NO_RE_EXPORT");
            assertThat(f.matchedName()).isNotBlank();
        }
        assertThat(f.reason()).isNotBlank();
    }
}
