package org.bwc.articlex.funding;

/** How a funding round ends: what {@code request-funding} hands back as {@code fundingOutcome}. */
public enum FundingOutcome {
    /** Fully funded, by the offer itself or by pledges. */
    FUNDED,
    /** Partly funded at the deadline; a manager decided to go ahead with a reduced scope. */
    PROCEED_REDUCED,
    /** Nothing pledged by the deadline, or a manager sent the partly funded request back to open needs. */
    RETURN_TO_OPEN_NEEDS;

    /** The {@link FundingStatus} a funding round ends in. */
    FundingStatus closedStatus() {
        return switch (this) {
            case FUNDED -> FundingStatus.FUNDED;
            case PROCEED_REDUCED -> FundingStatus.PROCEED_REDUCED;
            case RETURN_TO_OPEN_NEEDS -> FundingStatus.RETURNED_TO_OPEN_NEEDS;
        };
    }
}
