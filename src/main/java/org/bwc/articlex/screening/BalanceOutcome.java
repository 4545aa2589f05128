package org.bwc.articlex.screening;

/** Result of the Article X balance check (docs/rules.md). */
public enum BalanceOutcome {
    /** The screening may take effect: cleared items proceed, conditional ones proceed with conditions. */
    BALANCED,
    /** A person must review before anything is refused or held further. */
    NEEDS_REVIEW
}
