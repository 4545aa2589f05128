package org.bwc.articlex.reporting;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_BENEFICIARIES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_OUTCOMES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_SUMMARY;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_VERSION;

import java.time.Clock;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCompletionReport}: stores the submitted report as its next version. */
@Component
class RecordCompletionReportDelegate implements JavaDelegate {

    private final CompletionReports reports;
    private final IdentityService identity;
    private final Clock clock;

    RecordCompletionReportDelegate(CompletionReports reports, IdentityService identity, Clock clock) {
        this.reports = reports;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object outcomes = execution.getVariable(VAR_REPORT_OUTCOMES);
        int version = reports.insert(execution.getProcessBusinessKey(), ((String) execution.getVariable(VAR_REPORT_SUMMARY)).strip(),
                outcomes == null || outcomes.toString().isBlank() ? null : outcomes.toString().strip(),
                SubmitCompletionReportForm.wholeNumber(execution.getVariable(VAR_BENEFICIARIES)),
                (String) execution.getVariable(ConditionsMetPolicy.FIELD), Actor.of(identity),
                clock.instant());
        execution.setVariable(VAR_REPORT_VERSION, version);
    }
}
