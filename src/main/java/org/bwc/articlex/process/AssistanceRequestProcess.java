package org.bwc.articlex.process;

/** Ids of {@code processes/assistance-request.bpmn}, shared by delegates, the API and the tests. */
public final class AssistanceRequestProcess {

    public static final String PROCESS_ID = "assistance-request";

    // user tasks (the integration contract, PRODUCT §3.6)
    public static final String TASK_REVIEW_COMPLETENESS = "reviewCompleteness";
    public static final String TASK_PROVIDE_CLARIFICATION = "provideClarification";

    // events
    public static final String START_REQUEST_SUBMITTED = "StartEvent_RequestSubmitted";
    public static final String TIMER_CLARIFICATION_LAPSED = "Timer_ClarificationLapsed";
    public static final String START_REQUEST_WITHDRAWN = "StartEvent_RequestWithdrawn";
    public static final String END_READY_FOR_SCREENING = "EndEvent_ReadyForScreening";
    public static final String END_REQUEST_LAPSED = "EndEvent_RequestLapsed";
    public static final String END_REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";
    public static final String GATEWAY_REQUEST_COMPLETE = "Gateway_RequestComplete";

    // messages
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";

    // variables
    public static final String VAR_STATUS = "status";
    public static final String VAR_REQUESTING_STATE = "requestingState";
    public static final String VAR_STATE_GROUP = "stateGroup";
    public static final String VAR_COMPLETE = "complete";
    public static final String VAR_CLARIFICATION_QUESTION = "clarificationQuestion";
    public static final String VAR_CLARIFICATION_ANSWER = "clarificationAnswer";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";

    private AssistanceRequestProcess() {
    }
}
