package org.bwc.articlex.reporting;

import java.util.Set;
import org.bwc.articlex.process.TaskVariableCopies;
import org.bwc.articlex.screening.CaseConditions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code submitCompletionReport}: the version the State submitted last, if any, as task-local variables
 * (read-only fields of the form), so that a revision starts from what was sent; the reviewer's
 * {@code revisionRequest} is shown beside it. Where the request went ahead under conditions, the list to answer
 * whether each was met ({@code conditionsMet}).
 */
@Component
class CompletionReportSummaryListener implements TaskListener, TaskVariableCopies {

    /** The read-only fields of its form: no history is kept of them. */
    private static final Set<String> COPIES = Set.of("previousReportVersion", "previousReportSummary",
            "previousReportOutcomes", "previousBeneficiaries");

    private final CompletionReports reports;
    private final CaseConditions conditions;

    CompletionReportSummaryListener(CompletionReports reports, CaseConditions conditions) {
        this.reports = reports;
        this.conditions = conditions;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        var terms = conditions.conditions(task.getExecution().getProcessBusinessKey());
        task.setVariableLocal("conditionsToReport", !terms.isEmpty());
        if (!terms.isEmpty()) {
            // a revision starts from the answers sent last
            task.setVariableLocal(ConditionsMetPolicy.FIELD, reports.latest(task.getExecution().getProcessBusinessKey())
                    .map(CompletionReports.Report::conditionsMet).orElseGet(() -> ConditionsMetPolicy.template(terms)));
        }
        reports.latest(task.getExecution().getProcessBusinessKey()).ifPresent(previous -> {
            task.setVariableLocal("previousReportVersion", previous.version());
            task.setVariableLocal("previousReportSummary", previous.summary());
            task.setVariableLocal("previousReportOutcomes", previous.outcomes() == null ? "" : previous.outcomes());
            task.setVariableLocal("previousBeneficiaries", previous.beneficiaries());
        });
    }
}
