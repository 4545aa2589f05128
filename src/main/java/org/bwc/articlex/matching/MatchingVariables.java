package org.bwc.articlex.matching;

/** Process variables of the matching phase of {@code assistance-request}. */
final class MatchingVariables {

    static final String MATCH_CANDIDATES = "matchCandidates";
    static final String CANDIDATE_DETAILS = "candidateDetails";
    static final String CANDIDATE_COUNT = "candidateCount";
    static final String DUPLICATE_FLAGS = "duplicateFlags";
    static final String SELECTED_OFFER_ID = "selectedOfferId";
    static final String NO_SUITABLE_OFFER = "noSuitableOffer";
    static final String PROPOSED_OFFER_ID = "proposedOfferId";
    static final String PROPOSAL_ID = "proposalId";
    static final String OFFERING_GROUP = "offeringGroup";
    static final String OFFER_ACCEPTED = "offerAccepted";
    static final String OFFER_NOTE = "offerNote";
    static final String CONDITIONS_ACKNOWLEDGED = "conditionsAcknowledged";
    static final String MATCH_ACCEPTED = "matchAccepted";
    static final String PROPOSAL_LAPSE_REASON = "proposalLapseReason";
    static final String OPEN_NEED_ESCALATION_AT = "openNeedEscalationAt";

    private MatchingVariables() {
    }
}
