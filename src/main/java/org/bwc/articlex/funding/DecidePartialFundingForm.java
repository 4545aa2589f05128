package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_DECISION;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_DECISION_NOTE;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code decidePartialFunding}: proceed with a reduced scope, extend the deadline, or return to open needs. */
@Component
class DecidePartialFundingForm extends FormOutcome {

    private static final String CHOICES = Arrays.stream(FundingDecision.values()).map(Enum::name).collect(Collectors.joining(", "));

    DecidePartialFundingForm() {
        super(VAR_FUNDING_DECISION, VAR_FUNDING_DECISION_NOTE);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Object decision = task.getVariable(VAR_FUNDING_DECISION);
        if (decision == null || decision instanceof String text && text.isBlank()) {
            problems.add(new FieldProblem(VAR_FUNDING_DECISION, "is required: one of " + CHOICES));
        } else if (Arrays.stream(FundingDecision.values()).noneMatch(d -> d.name().equals(decision))) {
            problems.add(new FieldProblem(VAR_FUNDING_DECISION, "must be one of " + CHOICES));
        }
        Object note = task.getVariable(VAR_FUNDING_DECISION_NOTE);
        if (note != null && !(note instanceof String)) {
            problems.add(new FieldProblem(VAR_FUNDING_DECISION_NOTE, "must be text"));
        } else if (note instanceof String text && text.length() > 4000) {
            problems.add(new FieldProblem(VAR_FUNDING_DECISION_NOTE, "must be at most 4000 characters"));
        }
    }
}
