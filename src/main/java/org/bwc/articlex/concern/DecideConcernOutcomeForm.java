package org.bwc.articlex.concern;

import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_CONCERN_OUTCOME;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_MSP_SUMMARY;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_REOPEN_BALANCE_REVIEW;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_RESOLUTION;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code decideConcernOutcome}: a resolution with its text (optionally re-opening a denied request's Balance
 * review), or a referral to the Meeting of States Parties with the manager's summary.
 */
@Component
class DecideConcernOutcomeForm extends FormOutcome {

    private final ConcernRepository concerns;
    private final BalanceReviewReopening reopening;

    DecideConcernOutcomeForm(ConcernRepository concerns, BalanceReviewReopening reopening) {
        super(VAR_CONCERN_OUTCOME, VAR_RESOLUTION, VAR_REOPEN_BALANCE_REVIEW, VAR_MSP_SUMMARY);
        this.concerns = concerns;
        this.reopening = reopening;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Object reopen = task.getVariable(VAR_REOPEN_BALANCE_REVIEW);
        String refusal = null;
        if (Boolean.TRUE.equals(reopen)) {
            ConcernRecord concern = concerns.find(task.getExecution().getProcessBusinessKey()).orElse(null);
            refusal = concern == null ? "no such concern" : reopening.refusal(concern);
        }
        ConcernRules.outcomeProblems(task.getVariable(VAR_CONCERN_OUTCOME), task.getVariable(VAR_RESOLUTION), reopen,
                task.getVariable(VAR_MSP_SUMMARY), refusal)
                .forEach((field, message) -> problems.add(new FieldProblem(field, message)));
    }
}
