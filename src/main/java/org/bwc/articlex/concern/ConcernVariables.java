package org.bwc.articlex.concern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a concern's variables in delegates and listeners. */
final class ConcernVariables {

    private ConcernVariables() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString().strip();
    }

    static String concernId(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
