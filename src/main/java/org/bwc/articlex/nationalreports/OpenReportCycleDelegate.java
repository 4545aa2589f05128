package org.bwc.articlex.nationalreports;

import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_DEADLINE;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_REMINDER_AT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_REPORT_YEAR;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenReportCycle}: opens the previous calendar year's reports, with the deadline and the reminder date. */
@Component
class OpenReportCycleDelegate implements JavaDelegate {

    private final NationalReportService reports;

    OpenReportCycleDelegate(NationalReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportCycles.Cycle cycle = reports.open();
        Date deadline = Date.from(cycle.deadline());
        execution.setVariable(VAR_REPORT_YEAR, cycle.year());
        execution.setVariable(VAR_DEADLINE, deadline);
        execution.setVariable(VAR_REMINDER_AT, reports.reminderAt(deadline));
    }
}
