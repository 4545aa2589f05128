package org.bwc.articlex.matching;

/**
 * Ids of {@code processes/offer-response.bpmn}, the call activity {@code CallActivity_OfferResponse} of a request: the
 * offering party's {@code respondToMatch} in a process instance of its own, apart from the requester's case variables.
 */
public final class OfferResponseProcess {

    public static final String PROCESS_ID = "offer-response";
    public static final String START_MATCH_PROPOSED = "StartEvent_MatchProposed";
    public static final String TASK_RESPOND_TO_MATCH = "respondToMatch";
    public static final String END_OFFER_ANSWERED = "EndEvent_OfferAnswered";

    private OfferResponseProcess() {
    }
}
