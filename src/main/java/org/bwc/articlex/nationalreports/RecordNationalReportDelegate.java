package org.bwc.articlex.nationalreports;

import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_REPORT_YEAR;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_STATE_CODE;

import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordNationalReport}: the report just submitted becomes the State's next version for the year. */
@Component
class RecordNationalReportDelegate implements JavaDelegate {

    private final NationalReportService reports;
    private final IdentityService identity;

    RecordNationalReportDelegate(NationalReportService reports, IdentityService identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<FieldProblem> problems = new ArrayList<>();
        NationalReportContent content = NationalReportPolicy.check(execution::getVariable, problems);
        if (content == null) {
            throw new IllegalStateException("National report " + execution.getProcessBusinessKey() + " passed its form but not the policy: " + problems);
        }
        reports.record((String) execution.getVariable(VAR_STATE_CODE), (Integer) execution.getVariable(VAR_REPORT_YEAR), content,
                Actor.of(identity));
    }
}
