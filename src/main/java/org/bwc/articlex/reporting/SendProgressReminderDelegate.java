package org.bwc.articlex.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendProgressReminder}: every {@code progress-report-interval} while implementation runs. */
@Component
class SendProgressReminderDelegate implements JavaDelegate {

    private final ReportingReminders reminders;

    SendProgressReminderDelegate(ReportingReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution.getProcessBusinessKey(), ReportingReminders.PROGRESS_REPORT_DUE);
    }
}
