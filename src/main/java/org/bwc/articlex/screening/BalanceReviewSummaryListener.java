package org.bwc.articlex.screening;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ITEM_DECISIONS;

import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.process.TaskVariableCopies;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the manager the findings and rule ids behind a referral, as read-only fields of the Balance review form, and
 * the items to decide as an editable list ({@code itemDecisions}, task-local: {@link BalanceReviewPolicy#template}).
 */
@Component
class BalanceReviewSummaryListener implements TaskListener, TaskVariableCopies {

    /** The read-only fields of its form: no history is kept of them. */
    private static final Set<String> COPIES = Set.of("screeningSummary", "screeningFindings", "balanceFlags",
            "proposedConditions");

    private final DecisionRecords decisions;

    BalanceReviewSummaryListener(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = task.getExecution().getProcessBusinessKey();
        ScreeningResult screening = BalanceReviewForm.screeningOf(decisions, id);
        BalanceResult balance = decisions.latest(id, DecisionKind.ARTICLE_X_BALANCE)
                .map(r -> decisions.findings(r, BalanceResult.class)).orElse(null);
        task.setVariableLocal("screeningSummary", "Article III screening: " + screening.outcome()
                + (screening.rules().isEmpty() ? "" : " — rules " + String.join(", ", screening.rules()))
                + " (control list " + screening.controlListVersion() + ")");
        task.setVariableLocal("screeningFindings", screening.items().stream()
                .map(i -> "Item %d: %s%s%s%s%s".formatted(i.index(), i.outcome(),
                        i.matchedName() == null ? "" : " — " + i.matchedName(),
                        i.rules().isEmpty() ? "" : " [" + String.join(", ", i.rules()) + "]",
                        i.reason() == null ? "" : " — " + i.reason(),
                        groundsOf(i)))
                .collect(Collectors.joining("\n")));
        // each note names its flag and says why; a flag without a note is shown by name
        task.setVariableLocal("balanceFlags", balance == null || balance.flags().isEmpty() ? "(none)"
                : !balance.notes().isEmpty() ? String.join("\n", balance.notes())
                : balance.flags().stream().map(Enum::name).collect(Collectors.joining(", ")));
        task.setVariableLocal("proposedConditions", screening.conditions().isEmpty() ? "(none)"
                : String.join(", ", screening.conditions()));
        task.setVariableLocal(VAR_ITEM_DECISIONS, BalanceReviewPolicy.template(screening));
    }

    private static String groundsOf(ItemFinding item) {
        if (ItemGrounds.barredBySecurityCouncil(item)) {
            return " — barred by a Security Council measure: may only be denied (UNSC_MEASURE)";
        }
        var grounds = ItemGrounds.supported(item);
        return grounds.isEmpty() ? "" : " — may be denied on " + grounds.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }
}
