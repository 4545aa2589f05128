package org.bwc.articlex.screening;

import java.util.List;

/**
 * Article III screening of a request.
 *
 * @param outcome            the most restrictive item outcome (CLEARED for an empty request)
 * @param rules              every rule id that fired, in item order, without repeats
 * @param conditions         every condition of every item, without repeats
 * @param controlListVersion the reference data the decision was made with: control-list version and
 *                           digest, and UN Security Council measures version and digest
 */
public record ScreeningResult(ScreeningOutcome outcome, List<String> rules, List<ItemFinding> items,
                              List<String> conditions, String controlListVersion) {

    public ScreeningResult {
        rules = List.copyOf(rules);
        items = List.copyOf(items);
        conditions = List.copyOf(conditions);
    }
}
