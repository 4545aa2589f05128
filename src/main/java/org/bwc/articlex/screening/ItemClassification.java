package org.bwc.articlex.screening;

import java.util.List;

/**
 * What one item is, before any request context (end use, facility, requesting State) is applied.
 *
 * @param controlled   list entries that apply to the item
 * @param undetermined list entries that may apply; {@code findings} says what is missing to decide
 * @param findings     synthetic rule ids ({@link RuleIds}) raised by the item itself
 * @param matchedName  the list name(s) matched, or null
 * @param reason       what matched and why, for the audit record
 */
public record ItemClassification(List<ControlRule> controlled, List<ControlRule> undetermined, List<String> findings,
                                 String matchedName, String reason) {

    public ItemClassification {
        controlled = List.copyOf(controlled);
        undetermined = List.copyOf(undetermined);
        findings = List.copyOf(findings);
    }

    /** Controlled, or possibly controlled pending review. */
    public boolean listed() {
        return !controlled.isEmpty() || !undetermined.isEmpty();
    }

    public boolean weaponOrMeansOfDelivery() {
        return findings.contains(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY);
    }
}
