package org.bwc.articlex.funding;

/** Ids of {@code processes/request-funding.bpmn}, the call activity {@code CallActivity_RequestFunding} of a request. */
public final class RequestFundingProcess {

    public static final String PROCESS_ID = "request-funding";

    // user task (the integration contract, docs/processes.md)
    public static final String TASK_DECIDE_PARTIAL_FUNDING = "decidePartialFunding";
    /** One per pledge, in the event subprocess {@link #SUBPROCESS_CONFIRM_PLEDGE}: caseworkers, managers. */
    public static final String TASK_CONFIRM_PLEDGE = "confirmPledge";

    // service tasks
    public static final String TASK_ESTIMATE_WHOLE_LIFE_COST = "Task_EstimateWholeLifeCost";
    public static final String TASK_RECORD_OFFER_FUNDING = "Task_RecordOfferFunding";
    public static final String TASK_TALLY_PLEDGES = "Task_TallyPledges";
    public static final String TASK_RECORD_FUNDING_DECISION = "Task_RecordFundingDecision";
    public static final String TASK_RECORD_PLEDGE_CONFIRMATION = "Task_RecordPledgeConfirmation";

    // events and gateways
    public static final String START_FUNDING_REQUESTED = "StartEvent_FundingRequested";
    /** The round waits for a pledge to be confirmed: only confirmed pledges count. */
    public static final String MESSAGE_EVENT_PLEDGE_CONFIRMED = "Message_PledgeConfirmed";
    public static final String SUBPROCESS_CONFIRM_PLEDGE = "SubProcess_ConfirmPledge";
    /** A pledge was made: starts {@link #SUBPROCESS_CONFIRM_PLEDGE} (non-interrupting). */
    public static final String START_PLEDGE_RECEIVED = "StartEvent_PledgeReceived";
    public static final String GATEWAY_PLEDGE_CONFIRMED = "Gateway_PledgeConfirmed";
    public static final String END_PLEDGE_CONFIRMED = "EndEvent_PledgeConfirmed";
    public static final String END_PLEDGE_DECLINED = "EndEvent_PledgeDeclined";
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
    public static final String MESSAGE_PLEDGE_CONFIRMED = "PledgeConfirmed";

    // variables
    public static final String VAR_FUNDING_CASE_ID = "fundingCaseId";
    public static final String VAR_FUNDED_BY_OFFER = "fundedByOffer";
    public static final String VAR_FULLY_FUNDED = "fullyFunded";
    public static final String VAR_ANYTHING_PLEDGED = "anythingPledged";
    /** When the funding deadline timer fires: set at the start, moved on by an extension. */
    public static final String VAR_FUNDING_DEADLINE = "fundingDeadline";
    public static final String VAR_FUNDING_DECISION = "fundingDecision";
    public static final String VAR_FUNDING_DECISION_NOTE = "fundingDecisionNote";
    /** The {@code funding_pledge} id a {@code confirmPledge} task is about: local to its event subprocess. */
    public static final String VAR_PLEDGE_ID = "pledgeId";
    public static final String VAR_PLEDGE_CONFIRMED = "pledgeConfirmed";
    public static final String VAR_PLEDGE_DECLINE_REASON = "pledgeDeclineReason";
    // the result handed back to assistance-request, a FundingOutcome: AssistanceRequestProcess.VAR_FUNDING_OUTCOME

    private RequestFundingProcess() {
    }
}
