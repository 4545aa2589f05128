package org.bwc.articlex.screening;

/**
 * Article III screening outcome, ordered from least to most restrictive (docs/rules.md). The overall
 * outcome of a request is the most restrictive outcome of its items.
 */
public enum ScreeningOutcome {
    /** Nothing controlled. */
    CLEARED,
    /** Controlled, allowed with conditions; proceeds without human review. */
    CONDITIONAL,
    /** Needs expert review before anything is decided. */
    REFERRED,
    /** Proposed denial on an enumerated legal ground; never final without Balance review. */
    DENIED;

    public ScreeningOutcome max(ScreeningOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean atLeast(ScreeningOutcome other) {
        return ordinal() >= other.ordinal();
    }
}
