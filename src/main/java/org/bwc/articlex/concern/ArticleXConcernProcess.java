package org.bwc.articlex.concern;

/** Ids of {@code processes/article-x-concern.bpmn}, shared by delegates, the API and the tests. */
public final class ArticleXConcernProcess {

    public static final String PROCESS_ID = "article-x-concern";

    // user tasks
    public static final String TASK_ACKNOWLEDGE_CONCERN = "acknowledgeConcern";
    public static final String TASK_SUBMIT_POSITION = "submitPosition";
    public static final String TASK_DECIDE_CONCERN_OUTCOME = "decideConcernOutcome";

    // service tasks
    public static final String TASK_REMIND_ACKNOWLEDGEMENT = "Task_RemindAcknowledgement";
    public static final String TASK_ESCALATE_ACKNOWLEDGEMENT = "Task_EscalateAcknowledgement";
    public static final String TASK_RECORD_ACKNOWLEDGEMENT = "Task_RecordAcknowledgement";
    public static final String TASK_OPEN_CONSULTATIONS = "Task_OpenConsultations";
    public static final String TASK_RECORD_POSITION = "Task_RecordPosition";
    public static final String TASK_CLOSE_CONSULTATIONS = "Task_CloseConsultations";
    public static final String TASK_RECORD_CONCERN_OUTCOME = "Task_RecordConcernOutcome";

    // events and gateways
    public static final String START_CONCERN_RAISED = "StartEvent_ConcernRaised";
    public static final String TIMER_ACKNOWLEDGEMENT_REMINDER = "Timer_AcknowledgementReminder";
    public static final String TIMER_ACKNOWLEDGEMENT_ESCALATION = "Timer_AcknowledgementEscalation";
    public static final String TIMER_CONSULTATION_PERIOD_ENDED = "Timer_ConsultationPeriodEnded";
    public static final String END_ACKNOWLEDGEMENT_REMINDED = "EndEvent_AcknowledgementReminded";
    public static final String END_ACKNOWLEDGEMENT_ESCALATED = "EndEvent_AcknowledgementEscalated";
    public static final String END_CONSULTATIONS_CLOSED = "EndEvent_ConsultationsClosed";
    public static final String END_CONCERN_RESOLVED = "EndEvent_ConcernResolved";
    public static final String END_CONCERN_REFERRED_TO_MSP = "EndEvent_ConcernReferredToMsp";
    public static final String GATEWAY_CONSULTATION_FORK = "Gateway_ConsultationFork";
    public static final String GATEWAY_POSITION_ROUND = "Gateway_PositionRound";
    public static final String GATEWAY_CONCERN_OUTCOME = "Gateway_ConcernOutcome";

    // variables
    public static final String VAR_STATUS = "status";
    public static final String VAR_RAISED_BY = "raisedBy";
    public static final String VAR_PARTY_GROUP = "partyGroup";
    public static final String VAR_REQUEST_ID = "requestId";
    public static final String VAR_ACKNOWLEDGEMENT = "acknowledgement";
    public static final String VAR_POSITION_STATEMENT = "positionStatement";
    /** The end of consultations (a date), fixed when they open, so that every round of submitPosition keeps it. */
    public static final String VAR_CONSULTATION_ENDS_AT = "consultationEndsAt";
    public static final String VAR_CONCERN_OUTCOME = "concernOutcome";
    public static final String VAR_RESOLUTION = "resolution";
    public static final String VAR_REOPEN_BALANCE_REVIEW = "reopenBalanceReview";
    public static final String VAR_MSP_SUMMARY = "mspSummary";

    /** Set on a request's re-opened assistance-request instance: the concern that re-opened its Balance review. */
    public static final String VAR_REOPENED_BY_CONCERN = "reopenedByConcern";
    public static final String VAR_CONCERN_RESOLUTION = "concernResolution";

    private ArticleXConcernProcess() {
    }
}
