package org.bwc.articlex.notification;

/** Ids of {@code processes/notification-delivery.bpmn}, shared by the delegates, the API and the tests. */
public final class NotificationDeliveryProcess {

    /** Business key: the notification id. */
    public static final String PROCESS_ID = "notification-delivery";

    public static final String START_NOTIFICATION_CREATED = "StartEvent_NotificationCreated";
    public static final String TASK_SEND_NOTIFICATION_EMAIL = "Task_SendNotificationEmail";
    public static final String BOUNDARY_RECIPIENT_UNDELIVERABLE = "BoundaryEvent_RecipientUndeliverable";
    public static final String TASK_RECORD_NOTIFICATION_UNDELIVERABLE = "Task_RecordNotificationUndeliverable";
    public static final String END_NOTIFICATION_SENT = "EndEvent_NotificationSent";
    public static final String END_NOTIFICATION_UNDELIVERABLE = "EndEvent_NotificationUndeliverable";

    /** BPMN error: the recipient's address is missing, malformed or permanently refused (SMTP 5xx). */
    public static final String ERROR_NOTIFICATION_UNDELIVERABLE = "NotificationUndeliverable";

    // variables: ids only, for finding an instance in Cockpit; the case data stays in the notification table
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_RECIPIENT_PARTY = "recipientParty";
    /** Set by the error boundary event from the BPMN error's message. */
    public static final String VAR_UNDELIVERABLE_REASON = "undeliverableReason";

    private NotificationDeliveryProcess() {
    }
}
