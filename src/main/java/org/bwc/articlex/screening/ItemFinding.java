package org.bwc.articlex.screening;

import java.util.List;

/**
 * The screening of one item.
 *
 * @param rules       every rule that fired: control-list ids, {@code SCR-...} findings, {@code UNSC-...}
 *                    grounds; empty only for a cleared item
 * @param conditions  {@link ScreeningCondition} names that apply if the item goes ahead
 * @param matchedName the control-list name(s) the item was matched to, or null
 * @param reason      one line for the audit record: what matched and why the outcome follows
 */
public record ItemFinding(int index, ScreeningOutcome outcome, List<String> rules, List<String> conditions,
                          String matchedName, String reason) {

    public ItemFinding {
        rules = List.copyOf(rules);
        conditions = List.copyOf(conditions);
    }

    public ItemFinding(int index, ScreeningOutcome outcome, List<String> rules, List<String> conditions,
                       String matchedName) {
        this(index, outcome, rules, conditions, matchedName, null);
    }
}
