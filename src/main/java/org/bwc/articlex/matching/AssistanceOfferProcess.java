package org.bwc.articlex.matching;

/** Ids of {@code processes/assistance-offer.bpmn}. */
public final class AssistanceOfferProcess {

    public static final String PROCESS_ID = "assistance-offer";

    public static final String START_OFFER_REGISTERED = "StartEvent_OfferRegistered";
    public static final String TASK_PUBLISH_OFFER = "Task_PublishOffer";
    public static final String TASK_EXPIRE_OFFER = "Task_ExpireOffer";
    public static final String TASK_WITHDRAW_OFFER = "Task_WithdrawOffer";
    public static final String TIMER_OFFER_VALIDITY_ENDED = "Timer_OfferValidityEnded";
    public static final String END_OFFER_EXPIRED = "EndEvent_OfferExpired";
    public static final String END_OFFER_WITHDRAWN = "EndEvent_OfferWithdrawn";

    public static final String MESSAGE_OFFER_WITHDRAWN = "OfferWithdrawn";

    public static final String VAR_VALID_UNTIL_END = "validUntilEnd";
    public static final String VAR_OFFERING_PARTY = "offeringParty";

    private AssistanceOfferProcess() {
    }
}
