package org.bwc.articlex.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A form field that a task listener pre-fills as a task-local variable (a list for the user to edit in Tasklist).
 * What the task is completed with lands in different places depending on the door: Tasklist's
 * {@code submit-form} updates the task-local variable, {@code /complete} and the project's API set it on the case.
 * The case's value wins: its {@link FormOutcome} cleared it when the task was created, so any value there was
 * submitted with this task. Once valid, the value is handed to the case, as the task-local one ends with the task.
 */
public final class PrefilledField {

    private PrefilledField() {
    }

    public static Object submitted(DelegateTask task, String name) {
        Object onTheCase = task.getExecution().getVariable(name);
        return onTheCase != null ? onTheCase : task.getVariableLocal(name);
    }

    public static void keep(DelegateTask task, String name, Object value) {
        task.getExecution().setVariable(name, value);
    }
}
