package org.bwc.articlex.concern;

import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_CONCERN_OUTCOME;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_MSP_SUMMARY;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_REOPEN_BALANCE_REVIEW;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_RESOLUTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordConcernOutcome}: the manager's outcome into the concern row, its history and the raising
 * party's notification; a resolution that re-opens the request's Balance review does so in the same transaction.
 */
@Component
class RecordConcernOutcomeDelegate implements JavaDelegate {

    private final ConcernRepository concerns;
    private final ConcernJournal journal;
    private final BalanceReviewReopening reopening;

    RecordConcernOutcomeDelegate(ConcernRepository concerns, ConcernJournal journal, BalanceReviewReopening reopening) {
        this.concerns = concerns;
        this.journal = journal;
        this.reopening = reopening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = ConcernVariables.concernId(execution);
        ConcernOutcome outcome = ConcernRules.parse(execution.getVariable(VAR_CONCERN_OUTCOME));
        if (outcome == ConcernOutcome.REFERRED_TO_MSP) {
            String summary = ConcernVariables.text(execution, VAR_MSP_SUMMARY);
            concerns.recordOutcome(id, null, summary, false);
            journal.record(id, ConcernStatus.REFERRED_TO_MSP, ConcernStep.REFERRED_TO_MSP, summary, null);
            execution.setVariable(ArticleXConcernProcess.VAR_STATUS, ConcernStatus.REFERRED_TO_MSP.name());
            return;
        }
        String resolution = ConcernVariables.text(execution, VAR_RESOLUTION);
        boolean reopen = Boolean.TRUE.equals(execution.getVariable(VAR_REOPEN_BALANCE_REVIEW));
        ConcernRecord concern = concerns.find(id).orElseThrow();
        if (reopen) {
            reopening.reopen(concern, resolution, journal.currentUser());
            journal.record(id, null, ConcernStep.BALANCE_REVIEW_REOPENED,
                    "Balance review of request " + concern.requestId() + " re-opened", null);
        }
        concerns.recordOutcome(id, resolution, null, reopen);
        journal.record(id, ConcernStatus.RESOLVED, ConcernStep.RESOLVED, reopen
                ? resolution + " (the Balance review of request " + concern.requestId() + " is re-opened)" : resolution, null);
        execution.setVariable(ArticleXConcernProcess.VAR_STATUS, ConcernStatus.RESOLVED.name());
    }
}
