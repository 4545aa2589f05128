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

    /**
     * The legal grounds this item's findings support, in {@link LegalGround} order: a UN Security Council
     * measure ({@code UNSC-...} rule) and/or the item being a weapon or means of delivery. Empty for an
     * item that can be restricted on no enumerated ground.
     */
    public List<LegalGround> legalGrounds() {
        java.util.EnumSet<LegalGround> grounds = java.util.EnumSet.noneOf(LegalGround.class);
        for (String rule : rules) {
            if (rule.startsWith(RuleIds.UNSC_PREFIX)) {
                grounds.add(LegalGround.UNSC_MEASURE);
            } else if (rule.equals(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY)) {
                grounds.add(LegalGround.WEAPON_OR_MEANS_OF_DELIVERY);
            }
        }
        return List.copyOf(grounds);
    }

    /** Whether this item's findings support the ground. */
    public boolean supports(LegalGround ground) {
        return legalGrounds().contains(ground);
    }
}
