package org.bwc.articlex.reporting;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_ACCEPTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_VERSION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REVISION_REQUEST;

import java.time.Clock;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReportReview}: the caseworker's review of the report version it read (audit trail). */
@Component
class RecordReportReviewDelegate implements JavaDelegate {

    private final CompletionReports reports;
    private final IdentityService identity;
    private final Clock clock;

    RecordReportReviewDelegate(CompletionReports reports, IdentityService identity, Clock clock) {
        this.reports = reports;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object revision = execution.getVariable(VAR_REVISION_REQUEST);
        reports.recordReview(execution.getProcessBusinessKey(), ((Number) execution.getVariable(VAR_REPORT_VERSION)).intValue(),
                Boolean.TRUE.equals(execution.getVariable(VAR_REPORT_ACCEPTED)), revision == null ? null : revision.toString().strip(),
                Actor.of(identity), clock.instant());
    }
}
