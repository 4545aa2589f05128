package org.bwc.articlex.screening;

/** What a decision record is about. */
public enum DecisionKind {
    /** The automatic Article III screening of the items (proposed outcome). */
    ARTICLE_III_SCREENING,
    /** The automatic Article X balance check of that screening. */
    ARTICLE_X_BALANCE,
    /** A manager's signed-off decision in Balance review. */
    BALANCE_REVIEW,
    /** A manager's resolution of an escalated case. */
    ESCALATION
}
