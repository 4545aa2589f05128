package org.bwc.articlex.screening;

/** A manager's decision in Balance review (PRODUCT §3.6 {@code balanceDecision}). */
public enum BalanceDecision {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    DENY
}
