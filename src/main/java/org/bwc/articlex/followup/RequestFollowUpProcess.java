package org.bwc.articlex.followup;

/** Ids of {@code processes/request-follow-up.bpmn}, shared by delegates, the API and the tests. */
public final class RequestFollowUpProcess {

    public static final String PROCESS_ID = "request-follow-up";

    public static final String START_REQUEST_COMPLETED = "StartEvent_RequestCompleted";
    public static final String TIMER_FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String TASK_OPEN_FOLLOW_UP = "Task_OpenFollowUp";
    public static final String TASK_ANSWER_REQUESTER = "answerFollowUpRequester";
    public static final String TASK_ANSWER_PROVIDER = "answerFollowUpProvider";
    public static final String TIMER_REQUESTER_REMINDER = "Timer_RequesterReminder";
    public static final String TIMER_PROVIDER_REMINDER = "Timer_ProviderReminder";
    public static final String TASK_SEND_REQUESTER_REMINDER = "Task_SendRequesterFollowUpReminder";
    public static final String TASK_SEND_PROVIDER_REMINDER = "Task_SendProviderFollowUpReminder";
    public static final String TIMER_REQUESTER_LAPSED = "Timer_RequesterLapsed";
    public static final String TIMER_PROVIDER_LAPSED = "Timer_ProviderLapsed";
    public static final String TASK_RECORD_REQUESTER_ANSWER = "Task_RecordRequesterFollowUp";
    public static final String TASK_RECORD_PROVIDER_ANSWER = "Task_RecordProviderFollowUp";
    public static final String TASK_RECORD_REQUESTER_LAPSED = "Task_RecordRequesterFollowUpLapsed";
    public static final String TASK_RECORD_PROVIDER_LAPSED = "Task_RecordProviderFollowUpLapsed";
    public static final String END_FOLLOW_UP_CLOSED = "EndEvent_FollowUpClosed";

    public static final String VAR_REQUESTER_GROUP = "requesterGroup";
    public static final String VAR_PROVIDER_GROUP = "providerGroup";

    /** Outcome variables of each form: the role's prefix plus one of these (e.g. {@code requesterLastingImpact}). */
    public static final String FIELD_LASTING_IMPACT = "LastingImpact";
    public static final String FIELD_EQUIPMENT_IN_USE = "EquipmentInUse";
    public static final String FIELD_STAFF_IN_POST = "StaffInPost";
    public static final String FIELD_STAFF_COUNT = "StaffCount";
    public static final String FIELD_FURTHER_NEEDS = "FurtherNeeds";

    private RequestFollowUpProcess() {
    }
}
