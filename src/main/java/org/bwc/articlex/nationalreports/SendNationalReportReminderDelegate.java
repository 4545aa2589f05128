package org.bwc.articlex.nationalreports;

import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_DEADLINE;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_REPORT_YEAR;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_STATE_CODE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendNationalReportReminder}: before the deadline, to a State that has not reported. */
@Component
class SendNationalReportReminderDelegate implements JavaDelegate {

    private final NationalReportService reports;

    SendNationalReportReminderDelegate(NationalReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remind((String) execution.getVariable(VAR_STATE_CODE), (Integer) execution.getVariable(VAR_REPORT_YEAR),
                ((Date) execution.getVariable(VAR_DEADLINE)).toInstant());
    }
}
