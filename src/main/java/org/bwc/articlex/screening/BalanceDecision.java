package org.bwc.articlex.screening;

/** A manager's decision in Balance review (docs/rules.md, {@code balanceDecision}). */
public enum BalanceDecision {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    DENY
}
