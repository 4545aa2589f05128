package org.bwc.articlex.funding;

/** A manager's decision on a request that is only partly funded at its deadline ({@code decidePartialFunding}). */
public enum FundingDecision {
    PROCEED_REDUCED,
    EXTEND,
    RETURN_TO_OPEN_NEEDS
}
