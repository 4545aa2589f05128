package org.bwc.articlex.screening;

/**
 * A manager's decision on one item in Balance review (docs/rules.md, {@code itemDecisions}).
 *
 * @param index       the item's index in the request (1-based, as in the screening)
 * @param legalGround the ground of a denial, null otherwise
 * @param conditions  what the offering party must meet when the item goes ahead, null for a denial or when the
 *                    item carries none
 */
public record ItemDecision(int index, BalanceDecision decision, LegalGround legalGround, String conditions) {
}
