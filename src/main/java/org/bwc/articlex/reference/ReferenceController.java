package org.bwc.articlex.reference;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class ReferenceController {

    private final StatesRegistry states;

    ReferenceController(StatesRegistry states) {
        this.states = states;
    }

    @Operation(operationId = "statesParties", summary = "List the States Parties with their regional group")
    @GetMapping("/states")
    List<StateView> states() {
        return states.all().stream().map(StateView::of).toList();
    }

    @Operation(operationId = "assistanceCategories", summary = "List the assistance categories")
    @GetMapping("/categories")
    List<CategoryView> categories() {
        return java.util.Arrays.stream(AssistanceCategory.values()).map(c -> new CategoryView(c.name(), c.label())).toList();
    }

    record StateView(String code, String name, Region region, boolean developing, DevelopmentStatus classification) {
        static StateView of(StateParty party) {
            return new StateView(party.code(), party.name(), party.region(), party.developing(), party.development());
        }
    }

    record CategoryView(String code, String label) {
    }
}
