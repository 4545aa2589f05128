package org.bwc.articlex.process;

/**
 * Ids of {@code processes/assistance-request.bpmn}: its tasks, messages and variables, for every phase (intake,
 * screening, matching, funding, reporting), shared by delegates, the API and the tests. The one vocabulary of this
 * process (docs/development.md); the called processes keep theirs in their own class.
 */
public final class AssistanceRequestProcess {

    public static final String PROCESS_ID = "assistance-request";

    // user tasks (the integration contract, docs/processes.md)
    public static final String TASK_REVIEW_COMPLETENESS = "reviewCompleteness";
    public static final String TASK_PROVIDE_CLARIFICATION = "provideClarification";
    public static final String TASK_BALANCE_REVIEW = "balanceReview";
    public static final String TASK_RESOLVE_ESCALATION = "resolveEscalation";
    public static final String TASK_CONFIRM_MATCH = "confirmMatch";
    public static final String TASK_SUBMIT_COMPLETION_REPORT = "submitCompletionReport";
    public static final String TASK_REVIEW_COMPLETION_REPORT = "reviewCompletionReport";

    // service tasks
    public static final String TASK_SCREEN_ARTICLE_III = "Task_ScreenArticleIII";
    public static final String TASK_CHECK_ARTICLE_X_BALANCE = "Task_CheckArticleXBalance";
    public static final String TASK_RECORD_BALANCE_DECISION = "Task_RecordBalanceDecision";
    public static final String TASK_RECORD_ESCALATION_RESOLUTION = "Task_RecordEscalationResolution";
    public static final String TASK_RANK_CANDIDATES = "Task_RankCandidates";
    public static final String TASK_PROPOSE_MATCH = "Task_ProposeMatch";
    public static final String TASK_RECORD_OFFER_RESPONSE = "Task_RecordOfferResponse";
    public static final String TASK_RECORD_PROPOSAL_LAPSED = "Task_RecordProposalLapsed";
    public static final String TASK_RELEASE_MATCH = "Task_ReleaseMatch";
    public static final String TASK_RELEASE_MATCH_ON_WITHDRAWAL = "Task_ReleaseMatchOnWithdrawal";
    public static final String TASK_SEND_PROGRESS_REMINDER = "Task_SendProgressReminder";
    public static final String TASK_SEND_COMPLETION_REPORT_REMINDER = "Task_SendCompletionReportReminder";
    public static final String TASK_RECORD_COMPLETION_REPORT = "Task_RecordCompletionReport";
    public static final String TASK_RECORD_REPORT_REVIEW = "Task_RecordReportReview";

    // receive tasks (they wait for the messages of the same name)
    public static final String TASK_AWAIT_IMPLEMENTATION_START = "Task_AwaitImplementationStart";
    public static final String TASK_AWAIT_IMPLEMENTATION_COMPLETION = "Task_AwaitImplementationCompletion";

    // call activity: processes/request-funding.bpmn (funding.RequestFundingProcess)
    public static final String CALL_ACTIVITY_REQUEST_FUNDING = "CallActivity_RequestFunding";
    // call activity: processes/offer-response.bpmn (matching.OfferResponseProcess), the offering party's task
    public static final String CALL_ACTIVITY_OFFER_RESPONSE = "CallActivity_OfferResponse";

    // events
    public static final String START_REQUEST_SUBMITTED = "StartEvent_RequestSubmitted";
    public static final String TIMER_CLARIFICATION_LAPSED = "Timer_ClarificationLapsed";
    public static final String START_REQUEST_WITHDRAWN = "StartEvent_RequestWithdrawn";
    public static final String TIMER_REFERRAL_HOLD_LIMIT = "Timer_ReferralHoldLimit";
    public static final String TIMER_OFFER_RESPONSE_TIMEOUT = "Timer_OfferResponseTimeout";
    public static final String MESSAGE_EVENT_PROPOSED_OFFER_UNAVAILABLE = "Message_ProposedOfferUnavailable";
    public static final String MESSAGE_EVENT_OFFER_PUBLISHED = "Message_OfferPublished";
    public static final String TIMER_WEEKLY_REMATCH = "Timer_WeeklyRematch";
    public static final String TIMER_OPEN_NEED_ESCALATION = "Timer_OpenNeedEscalation";
    public static final String TIMER_PROGRESS_REPORT_REMINDER = "Timer_ProgressReportReminder";
    public static final String TIMER_COMPLETION_REPORT_REMINDER = "Timer_CompletionReportReminder";
    public static final String END_REQUEST_COMPLETED = "EndEvent_RequestCompleted";
    public static final String END_PROGRESS_REMINDER_SENT = "EndEvent_ProgressReminderSent";
    public static final String END_COMPLETION_REPORT_REMINDER_SENT = "EndEvent_CompletionReportReminderSent";
    public static final String END_CLOSED_UNMATCHED = "EndEvent_ClosedUnmatched";
    public static final String END_REQUEST_DENIED = "EndEvent_RequestDenied";
    public static final String END_REQUEST_LAPSED = "EndEvent_RequestLapsed";
    public static final String END_REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";
    public static final String GATEWAY_REQUEST_COMPLETE = "Gateway_RequestComplete";
    public static final String GATEWAY_BALANCE_OUTCOME = "Gateway_BalanceOutcome";
    public static final String GATEWAY_BALANCE_DECISION = "Gateway_BalanceDecision";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String GATEWAY_FUNDING_OUTCOME = "Gateway_FundingOutcome";
    public static final String GATEWAY_OPEN_NEED_ROUND = "Gateway_OpenNeedRound";
    public static final String GATEWAY_REPORT_ROUND = "Gateway_ReportRound";
    public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";

    // messages
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";
    public static final String MESSAGE_OFFER_PUBLISHED = "OfferPublished";
    public static final String MESSAGE_PROPOSED_OFFER_UNAVAILABLE = "ProposedOfferUnavailable";
    public static final String MESSAGE_IMPLEMENTATION_STARTED = "ImplementationStarted";
    public static final String MESSAGE_IMPLEMENTATION_COMPLETED = "ImplementationCompleted";

    // variables
    public static final String VAR_STATUS = "status";
    public static final String VAR_REQUESTING_STATE = "requestingState";
    public static final String VAR_STATE_GROUP = "stateGroup";
    public static final String VAR_COMPLETE = "complete";
    public static final String VAR_CLARIFICATION_QUESTION = "clarificationQuestion";
    public static final String VAR_CLARIFICATION_ANSWER = "clarificationAnswer";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    // screening: the decisions (the findings stay in decision_record)
    public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
    public static final String VAR_BALANCE_OUTCOME = "balanceOutcome";
    public static final String VAR_DEVELOPING_STATE_PRIORITY = "developingStatePriority";
    public static final String VAR_BALANCE_DECISION = "balanceDecision";
    public static final String VAR_JUSTIFICATION = "justification";
    public static final String VAR_LEGAL_GROUND = "legalGround";
    public static final String VAR_CONDITIONS = "conditions";
    /** The Balance review's decision per restricted item, JSON (pre-filled from the screening). */
    public static final String VAR_ITEM_DECISIONS = "itemDecisions";
    public static final String VAR_DENIED_IN_FULL = "deniedInFull";
    public static final String VAR_ESCALATION_REASON = "escalationReason";
    public static final String VAR_ESCALATION_ACTION = "escalationAction";
    public static final String VAR_NOTE = "note";
    // matching
    public static final String VAR_MATCH_CANDIDATES = "matchCandidates";
    public static final String VAR_CANDIDATE_DETAILS = "candidateDetails";
    public static final String VAR_CANDIDATE_COUNT = "candidateCount";
    public static final String VAR_DUPLICATE_FLAGS = "duplicateFlags";
    public static final String VAR_SELECTED_OFFER_ID = "selectedOfferId";
    public static final String VAR_NO_SUITABLE_OFFER = "noSuitableOffer";
    /** The matched offer, handed to {@code request-funding}. */
    public static final String VAR_PROPOSED_OFFER_ID = "proposedOfferId";
    public static final String VAR_PROPOSAL_ID = "proposalId";
    public static final String VAR_OFFERING_GROUP = "offeringGroup";
    public static final String VAR_OFFER_ACCEPTED = "offerAccepted";
    public static final String VAR_OFFER_NOTE = "offerNote";
    public static final String VAR_CONDITIONS_ACKNOWLEDGED = "conditionsAcknowledged";
    public static final String VAR_MATCH_ACCEPTED = "matchAccepted";
    public static final String VAR_PROPOSAL_LAPSE_REASON = "proposalLapseReason";
    public static final String VAR_OPEN_NEED_ESCALATION_AT = "openNeedEscalationAt";
    /** What the called {@code request-funding} returns: FUNDED, PROCEED_REDUCED or RETURN_TO_OPEN_NEEDS. */
    public static final String VAR_FUNDING_OUTCOME = "fundingOutcome";
    /** The note sent with an implementation message; it explains the status change it causes. */
    public static final String VAR_IMPLEMENTATION_NOTE = "implementationNote";
    public static final String VAR_REPORT_SUMMARY = "reportSummary";
    public static final String VAR_REPORT_OUTCOMES = "reportOutcomes";
    public static final String VAR_BENEFICIARIES = "beneficiaries";
    public static final String VAR_REPORT_ACCEPTED = "reportAccepted";
    public static final String VAR_REVISION_REQUEST = "revisionRequest";
    /** The version of the completion report under review (1 for the first submission). */
    public static final String VAR_REPORT_VERSION = "reportVersion";

    private AssistanceRequestProcess() {
    }
}
