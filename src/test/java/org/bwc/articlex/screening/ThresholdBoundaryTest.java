package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quantitative threshold of the shipped list at and around its boundary, with units written in
 * the ways requesters write them. ">=": the boundary is controlled; ">": it is not.
 */
class ThresholdBoundaryTest {

    @ParameterizedTest(name = "[{index}] \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # fermenters, total internal volume >= 20 L
            EQUIPMENT | fermenter 19 L                        | CLEARED
            EQUIPMENT | fermenter 19.99 L                     | CLEARED
            EQUIPMENT | fermenter 20 L                        | CONDITIONAL
            EQUIPMENT | 20 litres fermenter                   | CONDITIONAL
            EQUIPMENT | fermentor, 20 liters                  | CONDITIONAL
            EQUIPMENT | 20L fermenter                         | CONDITIONAL
            EQUIPMENT | fermenter 19999 mL                    | CLEARED
            EQUIPMENT | fermenter 20000 ml                    | CONDITIONAL
            EQUIPMENT | fermenter 0.02 m3                     | CONDITIONAL
            EQUIPMENT | fermenter 5 gal                       | CLEARED
            EQUIPMENT | fermenter 6 gallons                   | CONDITIONAL
            EQUIPMENT | stirred-tank bioreactor 1,000 L       | CONDITIONAL
            EQUIPMENT | bioreactor, working volume 15 L, total volume 22 L | CONDITIONAL
            EQUIPMENT | bioreactor 5-25 L                     | CONDITIONAL
            EQUIPMENT | single-use bioreactor 10 L            | CLEARED
            # centrifugal separators, flow rate > 100 L/h
            EQUIPMENT | continuous-flow centrifuge 100 L/h    | CLEARED
            EQUIPMENT | continuous-flow centrifuge 101 L/h    | CONDITIONAL
            EQUIPMENT | continuous centrifuge 100 litres per hour | CLEARED
            EQUIPMENT | continuous centrifuge 101 l/hr        | CONDITIONAL
            EQUIPMENT | disc stack centrifuge 1.6 L/min       | CLEARED
            EQUIPMENT | disc stack centrifuge 1.7 L/min       | CONDITIONAL
            EQUIPMENT | centrifugal separator 0.1 m3/h        | CLEARED
            EQUIPMENT | centrifugal separator 0.2 m3/h        | CONDITIONAL
            # cross-flow filtration equipment, area >= 1 m2
            EQUIPMENT | cross-flow filtration system 0.99 m2  | CLEARED
            EQUIPMENT | cross-flow filtration system 1 m2     | CONDITIONAL
            EQUIPMENT | tangential flow filtration 1 m²       | CONDITIONAL
            EQUIPMENT | crossflow filtration skid 1,2 m2      | CONDITIONAL
            EQUIPMENT | TFF system 9900 cm2                   | CLEARED
            EQUIPMENT | TFF system 10000 cm²                  | CONDITIONAL
            # cross-flow filtration components, area >= 0.2 m2 per component
            MATERIAL  | TFF cassette 0.19 m2                  | CLEARED
            MATERIAL  | TFF cassette 0.2 m2                   | CONDITIONAL
            MATERIAL  | hollow fibre cartridge 2000 cm2       | CONDITIONAL
            MATERIAL  | tangential flow filtration cassette 0.1 sq m | CLEARED
            # freeze-dryers, condenser capacity > 10 and < 1000 kg ice / 24 h
            EQUIPMENT | freeze dryer 10 kg/24h                | CLEARED
            EQUIPMENT | freeze dryer 10.5 kg/24h              | CONDITIONAL
            EQUIPMENT | lyophiliser 15 kg ice per 24 hours    | CONDITIONAL
            EQUIPMENT | lyophilizer 999 kg/day                | CONDITIONAL
            EQUIPMENT | freeze-drier 1000 kg ice/24 h         | CLEARED
            EQUIPMENT | freeze dryer 15 kg                    | REFERRED
            # fixed containment installations, containment level >= 3
            EQUIPMENT | double-door pass-through autoclave for BSL-2 lab | CLEARED
            EQUIPMENT | double-door pass-through autoclave for BSL-3 lab | CONDITIONAL
            EQUIPMENT | inflatable seal doors, containment level 4 | CONDITIONAL
            # process control units, >= 2 parameters
            EQUIPMENT | bioreactor controller, 1 parameter    | CLEARED
            EQUIPMENT | bioreactor controller, 2 parameters   | CONDITIONAL
            # aerial spraying systems, droplet VMD < 50 µm and flow > 2 L/min (means of delivery)
            EQUIPMENT | UAV sprayer, droplet VMD 49 µm, 3 L/min | CONDITIONAL
            EQUIPMENT | UAV sprayer, droplet VMD 50 um, 3 L/min | CLEARED
            EQUIPMENT | UAV sprayer, droplet VMD 30 microns, 2 L/min | CLEARED
            EQUIPMENT | drone sprayer, 30 µm, 120.1 L/h       | CONDITIONAL
            EQUIPMENT | UAV sprayer, droplet VMD 30 µm        | REFERRED
            """)
    void thresholdsOfTheShippedList(ItemKind kind, String description, ScreeningOutcome outcome) {
        ItemFinding f = Fixtures.screenOne(kind, description, null, 3);
        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
        if (outcome == ScreeningOutcome.REFERRED) {
            assertThat(f.rules()).contains(RuleIds.CAPACITY_UNKNOWN);
        }
    }

    /** The shipped list gives no verified volume for inhalation chambers; a list that does is applied. */
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            whole-body inhalation chamber 0.99 m3   | CLEARED
            whole-body inhalation chamber 1 m3      | CONDITIONAL
            whole-body inhalation chamber 1.5 m³    | CONDITIONAL
            inhalation chamber 999 L                | CLEARED
            inhalation chamber 1000 litres          | CONDITIONAL
            inhalation chamber                      | REFERRED
            """)
    void thresholdOfAnUpdatedList(String description, ScreeningOutcome outcome) {
        ControlList list = Fixtures.list(
                "AG-EQ-AEROSOL-INHALATION,DUAL_USE_EQUIPMENT,EQUIPMENT,Aerosol inhalation chambers,"
                        + "inhalation chamber|whole-body exposure chamber,,chamber_volume_m3>=1,2025-01,test");
        ArticleIIIScreeningPolicy policy = new ArticleIIIScreeningPolicy(list, noMeasures());
        ItemFinding f = policy.screen(Fixtures.request("KEN", Fixtures.VACCINE_RESEARCH_BSL3,
                Fixtures.item(1, ItemKind.EQUIPMENT, description))).items().get(0);
        assertThat(f.outcome()).as(f.reason()).isEqualTo(outcome);
    }

    @Test
    void unparseableThresholdControlsTheNamedEquipment() {
        ControlList list = Fixtures.list(
                "EQ-X,DUAL_USE_EQUIPMENT,EQUIPMENT,Widget separators,widget separator,,throughput ~ 5 kg/h,2025-01,t",
                "EQ-Y,DUAL_USE_EQUIPMENT,EQUIPMENT,Gadget dryers,gadget dryer,,evaporation_kg_per_h>=0.4,2025-01,t");
        assertThat(list.rule("EQ-X").orElseThrow().thresholds()).isEmpty();
        assertThat(list.rule("EQ-Y").orElseThrow().thresholds()).as("unknown unit").isEmpty();
        ArticleIIIScreeningPolicy policy = new ArticleIIIScreeningPolicy(list, noMeasures());
        for (String description : List.of("widget separator 1 kg/h", "gadget dryer 0.1 kg/h")) {
            ItemFinding f = policy.screen(Fixtures.request("KEN", Fixtures.VACCINE_RESEARCH_BSL3,
                    Fixtures.item(1, ItemKind.EQUIPMENT, description))).items().get(0);
            assertThat(f.outcome()).as(description).isEqualTo(ScreeningOutcome.CONDITIONAL);
        }
    }

    static SecurityCouncilMeasures noMeasures() {
        return new SecurityCouncilMeasures(new java.io.StringReader(
                "state,resolution,scope,covers_biological_dual_use,source\nXXX,1 (2000),none,false,test\n"), "TEST");
    }
}
