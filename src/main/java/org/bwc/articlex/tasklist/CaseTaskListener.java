package org.bwc.articlex.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On every user task's {@code create}: the name says whose case it is ("Review request for completeness —
 * REQ-2026-0001, Kenya"), the due date is the deadline of the process's own timers ({@link TaskDeadline}), and the
 * reference, party and category are task-local variables that the Tasklist filters show in the list
 * ({@link TasklistFilters}). Registered for every process by {@link TasklistPlugin}, so no BPMN file lists it.
 */
class CaseTaskListener implements TaskListener {

    static final String VAR_REFERENCE = "caseReference";
    static final String VAR_PARTY = "caseParty";
    static final String VAR_CATEGORY = "caseCategory";
    static final String SEPARATOR = " \u2014 ";

    private final ObjectProvider<CaseLabels> labels;

    CaseTaskListener(ObjectProvider<CaseLabels> labels) {
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return; // a standalone task has no case
        }
        if (task.getDueDate() == null) {
            TaskDeadline.of(execution).ifPresent(task::setDueDate);
        }
        String reference = reference(execution);
        if (reference == null) {
            return;
        }
        labels.getObject().of(reference).ifPresent(label -> {
            task.setName(headline(task.getName(), label));
            task.setVariableLocal(VAR_REFERENCE, label.reference());
            if (label.partyName() != null) {
                task.setVariableLocal(VAR_PARTY, label.partyName());
            }
            if (label.category() != null) {
                task.setVariableLocal(VAR_CATEGORY, label.category());
            }
        });
    }

    /** "Review request for completeness — REQ-2026-0001, Kenya"; at most 255 characters (the column's size). */
    static String headline(String name, CaseLabels.CaseLabel label) {
        String base = name == null ? "" : name;
        String suffix = label.reference() + (label.partyName() == null ? "" : ", " + label.partyName());
        if (base.endsWith(SEPARATOR + suffix)) {
            return base;
        }
        String headline = base.isEmpty() ? suffix : base + SEPARATOR + suffix;
        return headline.length() <= 255 ? headline : headline.substring(0, 252) + "...";
    }

    /** The business key of the task's process, or of the case that called it (a called process may have none). */
    private static String reference(ExecutionEntity execution) {
        for (ExecutionEntity instance = execution.getProcessInstance(); instance != null;
                instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
            if (instance.getBusinessKey() != null && !instance.getBusinessKey().isBlank()) {
                return instance.getBusinessKey();
            }
        }
        return null;
    }
}
