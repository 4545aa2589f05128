package org.bwc.articlex.screening;

import java.util.List;
import java.util.Objects;

/**
 * A request to screen under Article III.
 *
 * @param requestingState ISO 3166-1 alpha-3 code; used only to look up UN Security Council measures
 * @param endUse          may be null (treated as no end-use statement)
 */
public record ScreeningInput(String requestingState, List<ScreeningItem> items, EndUse endUse) {

    public ScreeningInput {
        Objects.requireNonNull(requestingState, "requestingState");
        items = List.copyOf(items);
    }
}
