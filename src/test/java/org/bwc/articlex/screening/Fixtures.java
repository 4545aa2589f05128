package org.bwc.articlex.screening;

import org.bwc.articlex.reference.DevelopmentStatus;
import org.bwc.articlex.reference.ItemKind;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StateParty;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/** Shared test data: the shipped lists (loaded once) and builders for requests. */
final class Fixtures {

    static final ArticleIIIScreeningPolicy SCREENING = ArticleIIIScreeningPolicy.fromClasspath();
    static final ArticleXBalancePolicy BALANCE = ArticleXBalancePolicy.fromClasspath();

    static final EndUse VACCINE_RESEARCH_BSL3 = new EndUse(
            "Diagnostic and vaccine research under the national biosafety programme", "National Reference Laboratory", 3);

    static final String HEADER = "id,section,kind,name,synonyms,who_risk_group,threshold,list_date,source\n";

    private Fixtures() {
    }

    static ScreeningItem item(int index, ItemKind kind, String description) {
        return new ScreeningItem(index, kind, description, 1, null);
    }

    static ScreeningItem item(int index, ItemKind kind, String description, String controlCode) {
        return new ScreeningItem(index, kind, description, 1, controlCode);
    }

    static ScreeningInput request(String state, EndUse endUse, ScreeningItem... items) {
        return new ScreeningInput(state, List.of(items), endUse);
    }

    static ItemFinding screenOne(ItemKind kind, String description, String code, Integer bsl) {
        ScreeningItem item = new ScreeningItem(0, kind, description, 1, code);
        EndUse endUse = new EndUse(VACCINE_RESEARCH_BSL3.statement(), VACCINE_RESEARCH_BSL3.facility(), bsl);
        return SCREENING.screen(new ScreeningInput("KEN", List.of(item), endUse)).items().get(0);
    }

    static List<String> words(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of()
                : Arrays.asList(spaceSeparated.trim().split("\\s+"));
    }

    /** A small list for tests: the CSV header plus the given rows. */
    static ControlList list(String... rows) {
        return new ControlList(new StringReader(HEADER + String.join("\n", rows) + "\n"), "TEST-1");
    }

    static StateParty state(String code, DevelopmentStatus development) {
        return new StateParty(code, code, Region.AFRICAN, development, "focal-point@" + code.toLowerCase() + ".example");
    }
}
