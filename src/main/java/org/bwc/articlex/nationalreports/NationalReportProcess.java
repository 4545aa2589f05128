package org.bwc.articlex.nationalreports;

/** Ids of {@code processes/national-report-cycle.bpmn} and {@code processes/national-report.bpmn}. */
public final class NationalReportProcess {

    public static final String CYCLE_PROCESS_ID = "national-report-cycle";
    public static final String REPORT_PROCESS_ID = "national-report";

    // national-report-cycle
    public static final String START_CYCLE_OPENS = "StartEvent_CycleOpens";
    public static final String TASK_OPEN_REPORT_CYCLE = "Task_OpenReportCycle";
    public static final String CALL_ACTIVITY_ASK_EVERY_STATE = "CallActivity_AskEveryState";
    public static final String END_EVERY_STATE_REPORTED = "EndEvent_EveryStateReported";

    // national-report (one per State Party and year; business key NR-<year>-<ISO3>)
    public static final String START_REPORT_REQUESTED = "StartEvent_ReportRequested";
    public static final String TASK_ASK_FOR_NATIONAL_REPORT = "Task_AskForNationalReport";
    public static final String TASK_SUBMIT_NATIONAL_REPORT = "submitNationalReport";
    public static final String TIMER_NATIONAL_REPORT_REMINDER = "Timer_NationalReportReminder";
    public static final String TASK_SEND_NATIONAL_REPORT_REMINDER = "Task_SendNationalReportReminder";
    public static final String END_REMINDER_SENT = "EndEvent_NationalReportReminderSent";
    public static final String TASK_RECORD_NATIONAL_REPORT = "Task_RecordNationalReport";
    public static final String END_REPORT_RECORDED = "EndEvent_NationalReportRecorded";

    public static final String VAR_REPORT_YEAR = "reportYear";
    public static final String VAR_STATE_CODE = "stateCode";
    public static final String VAR_DEADLINE = "deadline";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_REPORT_DRAFT = "reportDraft";

    public static final String VAR_POLICY = "policy";
    public static final String VAR_ASSISTANCE_GIVEN = "assistanceGiven";
    public static final String VAR_ASSISTANCE_RECEIVED = "assistanceReceived";
    public static final String VAR_NEEDS_OUTSTANDING = "needsOutstanding";
    public static final String VAR_OBSTACLES = "obstacles";

    /** The business key of a State's report process for a year, e.g. {@code NR-2026-KEN}. */
    public static String businessKey(int year, String stateCode) {
        return "NR-" + year + "-" + stateCode;
    }

    private NationalReportProcess() {
    }
}
