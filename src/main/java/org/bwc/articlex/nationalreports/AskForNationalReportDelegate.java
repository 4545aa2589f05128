package org.bwc.articlex.nationalreports;

import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_DEADLINE;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_REPORT_DRAFT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_REPORT_YEAR;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_STATE_CODE;

import java.util.Date;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.CaseAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AskForNationalReport} (async, one job per State): the State sees its report case, is notified with the
 * deadline, and its form shows the draft pre-filled from its cases of the year.
 */
@Component
class AskForNationalReportDelegate implements JavaDelegate {

    private final NationalReportService reports;
    private final CaseAccess caseAccess;

    AskForNationalReportDelegate(NationalReportService reports, CaseAccess caseAccess) {
        this.reports = reports;
        this.caseAccess = caseAccess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String state = (String) execution.getVariable(VAR_STATE_CODE);
        int year = (Integer) execution.getVariable(VAR_REPORT_YEAR);
        Date deadline = (Date) execution.getVariable(VAR_DEADLINE);
        caseAccess.grant(execution.getProcessInstanceId(), Caller.STATE_GROUP_PREFIX + state);
        execution.setVariable(VAR_REPORT_DRAFT, reports.ask(state, year, deadline.toInstant()));
    }
}
