package org.bwc.articlex.reporting;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_BENEFICIARIES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_OUTCOMES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_SUMMARY;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.screening.CaseConditions;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.process.PrefilledField;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code submitCompletionReport}: a summary (required), the outcomes (free text) and the number of beneficiaries
 * (a whole number, at least 0). The same rules whether the State submits in Tasklist or through the API.
 */
@Component
class SubmitCompletionReportForm extends FormOutcome {

    static final int MAX_SUMMARY = 4000;
    static final int MAX_OUTCOMES = 20000;

    private final CaseConditions conditions;

    SubmitCompletionReportForm(CaseConditions conditions) {
        super(VAR_REPORT_SUMMARY, VAR_REPORT_OUTCOMES, VAR_BENEFICIARIES, ConditionsMetPolicy.FIELD);
        this.conditions = conditions;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        requireText(task, VAR_REPORT_SUMMARY, MAX_SUMMARY, problems);
        Object outcomes = task.getVariable(VAR_REPORT_OUTCOMES);
        if (outcomes != null && !(outcomes instanceof String)) {
            problems.add(new FieldProblem(VAR_REPORT_OUTCOMES, "must be text"));
        } else if (outcomes instanceof String text && text.length() > MAX_OUTCOMES) {
            problems.add(new FieldProblem(VAR_REPORT_OUTCOMES, "must be at most " + MAX_OUTCOMES + " characters"));
        }
        Object beneficiaries = task.getVariable(VAR_BENEFICIARIES);
        if (beneficiaries == null) {
            problems.add(new FieldProblem(VAR_BENEFICIARIES, "is required"));
        } else if (wholeNumber(beneficiaries) == null) {
            problems.add(new FieldProblem(VAR_BENEFICIARIES, "must be a whole number"));
        } else if (wholeNumber(beneficiaries) < 0) {
            problems.add(new FieldProblem(VAR_BENEFICIARIES, "must not be negative"));
        }
        List<ConditionMet> answers = new java.util.ArrayList<>();
        Map<String, String> conditionProblems = ConditionsMetPolicy.check(PrefilledField.submitted(task, ConditionsMetPolicy.FIELD),
                conditions.conditions(task.getExecution().getProcessBusinessKey()), answers);
        conditionProblems.forEach((field, message) -> problems.add(new FieldProblem(field, message)));
        if (problems.isEmpty()) {
            // the answers, canonical, on the case (pre-filled by CompletionReportSummaryListener)
            PrefilledField.keep(task, ConditionsMetPolicy.FIELD, answers.isEmpty() ? null : ConditionsMetPolicy.write(answers));
        }
    }

    /** A number without fraction that fits an int (Tasklist may send 40 as Integer, Long or Double), else null. */
    static Integer wholeNumber(Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        try {
            BigDecimal exact = number instanceof BigDecimal big ? big
                    : number instanceof BigInteger big ? new BigDecimal(big)
                    : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    : BigDecimal.valueOf(number.longValue());
            return exact.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
