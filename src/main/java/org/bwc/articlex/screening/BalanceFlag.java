package org.bwc.articlex.screening;

/** What the balance check found (docs/rules.md); the first three require human review. */
public enum BalanceFlag {
    /** GROUNDED: a restriction cites no item-level rule or legal ground, or cites an unknown one. */
    UNGROUNDED_RESTRICTION(true),
    /** PROPORTIONATE: some items proceed while others are held; the request is split. */
    PARTIAL_APPROVAL(false),
    /** CONSISTENT: an item's outcome differs from precedent for the same item class and findings. */
    INCONSISTENT_WITH_PRECEDENT(true),
    /** TIMELY: the request has been held longer than the limit; a prolonged hold is itself a denial. */
    HOLD_LIMIT_EXCEEDED(true),
    /** PRIORITY: the requester is a developing State Party (LDCs included); informational. */
    DEVELOPING_STATE_PRIORITY(false);

    private final boolean requiresReview;

    BalanceFlag(boolean requiresReview) {
        this.requiresReview = requiresReview;
    }

    public boolean requiresReview() {
        return requiresReview;
    }
}
