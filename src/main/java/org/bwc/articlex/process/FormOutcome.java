package org.bwc.articlex.process;

import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Server-side check of what a user task's form submits. The engine does not validate Camunda Form
 * submissions, and Tasklist, {@code /engine-rest/task/{id}/submit-form}, {@code /complete} and the project's
 * API all complete the same task, so the rules live here, on the task itself. On {@code create} the task's
 * outcome variables are cleared, so that an answer from an earlier round can never pass for a new one.
 */
public abstract class FormOutcome implements TaskListener {

    private final List<String> outcomeVariables;

    protected FormOutcome(String... outcomeVariables) {
        this.outcomeVariables = List.of(outcomeVariables);
    }

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            outcomeVariables.forEach(task.getExecution()::removeVariable);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            List<FieldProblem> problems = new ArrayList<>();
            validate(task, problems);
            if (!problems.isEmpty()) {
                throw new FormValidationException(problems);
            }
        }
    }

    protected abstract void validate(DelegateTask task, List<FieldProblem> problems);

    protected static Boolean requireBoolean(DelegateTask task, String name, List<FieldProblem> problems) {
        Object value = task.getVariable(name);
        if (value instanceof Boolean bool) {
            return bool;
        }
        problems.add(new FieldProblem(name, value == null ? "is required" : "must be true or false"));
        return null;
    }

    protected static String requireText(DelegateTask task, String name, int maxLength, List<FieldProblem> problems) {
        Object value = task.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(new FieldProblem(name, "is required"));
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(new FieldProblem(name, "must be at most " + maxLength + " characters"));
        }
        return text;
    }
}
