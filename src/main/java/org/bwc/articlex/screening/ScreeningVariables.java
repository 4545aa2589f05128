package org.bwc.articlex.screening;

/** Process variables of the screening phase (the decisions; the findings stay in {@code decision_record}). */
final class ScreeningVariables {

    static final String SCREENING_OUTCOME = "screeningOutcome";
    static final String BALANCE_OUTCOME = "balanceOutcome";
    static final String PRIORITY = "developingStatePriority";
    static final String BALANCE_DECISION = "balanceDecision";
    static final String JUSTIFICATION = "justification";
    static final String LEGAL_GROUND = "legalGround";
    static final String CONDITIONS = "conditions";
    static final String ITEM_DECISIONS = "itemDecisions";
    static final String DENIED_IN_FULL = "deniedInFull";
    static final String ESCALATION_REASON = "escalationReason";
    static final String ESCALATION_ACTION = "escalationAction";
    static final String NOTE = "note";

    private ScreeningVariables() {
    }
}
