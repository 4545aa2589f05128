package org.bwc.articlex.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendCompletionReportReminder}: every {@code completion-report-reminder} until the State submits its report. */
@Component
class SendCompletionReportReminderDelegate implements JavaDelegate {

    private final ReportingReminders reminders;

    SendCompletionReportReminderDelegate(ReportingReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution.getProcessBusinessKey(), ReportingReminders.COMPLETION_REPORT_DUE);
    }
}
