package org.bwc.articlex.funding;

/** Ids of {@code processes/request-funding.bpmn}, the call activity {@code CallActivity_RequestFunding} of a request. */
public final class RequestFundingProcess {

    public static final String PROCESS_ID = "request-funding";

    // user task (the integration contract, PRODUCT §3.6)
    public static final String TASK_DECIDE_PARTIAL_FUNDING = "decidePartialFunding";

    // service tasks
    public static final String TASK_ESTIMATE_WHOLE_LIFE_COST = "Task_EstimateWholeLifeCost";
    public static final String TASK_RECORD_OFFER_FUNDING = "Task_RecordOfferFunding";
    public static final String TASK_TALLY_PLEDGES = "Task_TallyPledges";
    public static final String TASK_RECORD_FUNDING_DECISION = "Task_RecordFundingDecision";

    // events and gateways
    public static final String START_FUNDING_REQUESTED = "StartEvent_FundingRequested";
    public static final String MESSAGE_EVENT_PLEDGE_RECEIVED = "Message_PledgeReceived";
    public static final String TIMER_FUNDING_DEADLINE = "Timer_FundingDeadline";
    public static final String GATEWAY_FUNDED_BY_OFFER = "Gateway_FundedByOffer";
    public static final String GATEWAY_FULLY_FUNDED = "Gateway_FullyFunded";
    public static final String GATEWAY_AWAIT_PLEDGE = "Gateway_AwaitPledge";
    public static final String GATEWAY_ANYTHING_PLEDGED = "Gateway_AnythingPledged";
    public static final String GATEWAY_FUNDING_DECISION = "Gateway_FundingDecision";
    public static final String END_FUNDED = "EndEvent_Funded";
    public static final String END_PROCEED_WITH_REDUCED_SCOPE = "EndEvent_ProceedWithReducedScope";
    public static final String END_RETURNED_TO_OPEN_NEEDS = "EndEvent_ReturnedToOpenNeeds";

    // messages
    public static final String MESSAGE_PLEDGE_RECEIVED = "PledgeReceived";

    // variables
    public static final String VAR_FUNDING_CASE_ID = "fundingCaseId";
    public static final String VAR_FUNDED_BY_OFFER = "fundedByOffer";
    public static final String VAR_FULLY_FUNDED = "fullyFunded";
    public static final String VAR_ANYTHING_PLEDGED = "anythingPledged";
    /** When the funding deadline timer fires: set at the start, moved on by an extension. */
    public static final String VAR_FUNDING_DEADLINE = "fundingDeadline";
    public static final String VAR_FUNDING_DECISION = "fundingDecision";
    public static final String VAR_FUNDING_DECISION_NOTE = "fundingDecisionNote";
    /** The result handed back to {@code assistance-request}: a {@link FundingOutcome}. */
    public static final String VAR_FUNDING_OUTCOME = "fundingOutcome";

    private RequestFundingProcess() {
    }
}
