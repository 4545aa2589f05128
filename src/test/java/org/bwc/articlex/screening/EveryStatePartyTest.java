package org.bwc.articlex.screening;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.screening.Fixtures.item;

/**
 * Article X: the same request gets the same screening whoever asks. The only requester-dependent ground
 * is a listed UN Security Council measure covering biological dual-use items.
 */
class EveryStatePartyTest {

    private static final ScreeningItem[] REQUEST = {
        item(1, ItemKind.EQUIPMENT, "PCR thermocycler, 96-well"),
        item(2, ItemKind.EQUIPMENT, "50-litre bioreactor"),
        item(3, ItemKind.AGENT, "Bacillus anthracis Sterne strain"),
        item(4, ItemKind.EQUIPMENT, "continuous-flow centrifuge"),
        item(5, ItemKind.AGENT, "Marburg virus"),
        item(6, ItemKind.TRAINING, "Biosafety and biosecurity training"),
        item(7, ItemKind.TRAINING, "Training on Rift Valley fever diagnostics"),
        item(8, ItemKind.MATERIAL, "stuff"),
        item(9, ItemKind.EQUIPMENT, "UAV sprayer, droplet VMD 30 µm, 5 L/min"),
        item(10, ItemKind.FUNDING, "Laboratory operating costs"),
    };

    @Test
    void sameRequestSameOutcomeForEveryStatePartyExceptOnAListedSecurityCouncilGround() throws Exception {
        List<String> parties = statesParties();
        assertThat(parties).hasSize(189).contains("KEN", "PRK", "USA", "FRA", "AFG", "KIR");

        ScreeningResult baseline = screen("KEN");
        SecurityCouncilMeasures measures = Fixtures.SCREENING.securityCouncilMeasures();
        int sanctioned = 0;
        for (String state : parties) {
            ScreeningResult r = screen(state);
            List<SecurityCouncilMeasure> grounds = measures.coveringBiologicalDualUse(state);
            if (grounds.isEmpty()) {
                assertThat(r.items()).as(state).isEqualTo(baseline.items());
                assertThat(r.outcome()).as(state).isEqualTo(baseline.outcome());
                continue;
            }
            sanctioned++;
            // controlled items are proposed for denial; undetermined ones stay with the experts
            assertThat(r.items()).extracting(ItemFinding::outcome).as(state).containsExactly(
                    ScreeningOutcome.CLEARED, ScreeningOutcome.DENIED, ScreeningOutcome.DENIED,
                    ScreeningOutcome.REFERRED, ScreeningOutcome.DENIED, ScreeningOutcome.CLEARED,
                    ScreeningOutcome.CLEARED, ScreeningOutcome.REFERRED, ScreeningOutcome.DENIED,
                    ScreeningOutcome.CLEARED);
            List<String> groundIds = grounds.stream().map(SecurityCouncilMeasure::ruleId).toList();
            for (int i = 0; i < REQUEST.length; i++) {
                ItemFinding base = baseline.items().get(i);
                ItemFinding item = r.items().get(i);
                List<String> withoutGround = new ArrayList<>(item.rules());
                withoutGround.removeIf(groundIds::contains);
                assertThat(withoutGround).as(state + " item " + base.index()).isEqualTo(base.rules());
                boolean listed = base.rules().stream().anyMatch(id -> id.startsWith("AG-"));
                assertThat(item.rules().containsAll(groundIds)).as(state + " item " + base.index()).isEqualTo(listed);
            }
        }
        assertThat(sanctioned).as("only the DPRK has such a measure").isEqualTo(1);
        assertThat(baseline.items()).extracting(ItemFinding::outcome).containsExactly(
                ScreeningOutcome.CLEARED, ScreeningOutcome.CONDITIONAL, ScreeningOutcome.CONDITIONAL,
                ScreeningOutcome.REFERRED, ScreeningOutcome.REFERRED, ScreeningOutcome.CLEARED,
                ScreeningOutcome.CLEARED, ScreeningOutcome.REFERRED, ScreeningOutcome.CONDITIONAL,
                ScreeningOutcome.CLEARED);
    }

    private static ScreeningResult screen(String state) {
        return Fixtures.SCREENING.screen(new ScreeningInput(state, List.of(REQUEST),
                new EndUse("Veterinary vaccine research and diagnostics", "Central Veterinary Laboratory", 3)));
    }

    private static List<String> statesParties() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = EveryStatePartyTest.class.getClassLoader().getResourceAsStream("reference/bwc-states.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if (Boolean.parseBoolean(row.get("bwc_state_party"))) {
                    out.add(row.get("code"));
                }
            }
        }
        return out;
    }
}
