package org.bwc.articlex.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code submitCompletionReport}: the version the State submitted last, if any, as task-local variables
 * (read-only fields of the form), so that a revision starts from what was sent; the reviewer's
 * {@code revisionRequest} is shown beside it.
 */
@Component
class CompletionReportSummaryListener implements TaskListener {

    private final CompletionReports reports;

    CompletionReportSummaryListener(CompletionReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.latest(task.getExecution().getProcessBusinessKey()).ifPresent(previous -> {
            task.setVariableLocal("previousReportVersion", previous.version());
            task.setVariableLocal("previousReportSummary", previous.summary());
            task.setVariableLocal("previousReportOutcomes", previous.outcomes() == null ? "" : previous.outcomes());
            task.setVariableLocal("previousBeneficiaries", previous.beneficiaries());
        });
    }
}
