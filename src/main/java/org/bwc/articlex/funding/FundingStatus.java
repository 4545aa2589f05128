package org.bwc.articlex.funding;

/** Where a funding round ({@code funding_case}) stands. */
public enum FundingStatus {
    /** Raising money: pledges count towards it. */
    OPEN,
    FUNDED,
    PROCEED_REDUCED,
    RETURNED_TO_OPEN_NEEDS,
    /** The request was withdrawn while its funding was open. */
    CANCELLED;

    /** Funding is secured (in full or for a reduced scope): later pledges are surplus. */
    boolean isSecured() {
        return this == FUNDED || this == PROCEED_REDUCED;
    }
}
