package org.bwc.articlex.process;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's {@code full} history without the two kinds of copies nobody reads (docs/operations.md, "History"):
 * <ul>
 * <li>no {@code ACT_HI_DETAIL} row for every value a variable takes: the audit trail is the request's status
 * history in the project's tables, and {@code ACT_HI_VARINST} still holds each variable's last value;</li>
 * <li>no history at all of the {@link TaskVariableCopies}, the case data copied onto a task for its form.</li>
 * </ul>
 * Everything else is {@code full}'s: process, activity and task instances, variables, incidents, the user-operation
 * log, the job log, identity links, decisions. Its id is {@code full}'s, the number the engine keeps in
 * {@code ACT_GE_PROPERTY}, so a database written at {@code full} starts with it and can go back to {@code full}.
 */
final class CaseHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "full-without-copies";

    private final ObjectProvider<TaskVariableCopies> copyDeclarations;
    private volatile Set<String> copies;

    CaseHistoryLevel(ObjectProvider<TaskVariableCopies> copyDeclarations) {
        this.copyDeclarations = copyDeclarations;
    }

    @Override
    public int getId() {
        return HistoryLevel.HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null
                && copies().contains(variable.getName())) {
            return false;
        }
        return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    /** Read at the first variable event, once every package's declaration exists. */
    private Set<String> copies() {
        Set<String> names = copies;
        if (names == null) {
            Set<String> all = new HashSet<>();
            copyDeclarations.orderedStream().forEach(declaration -> all.addAll(declaration.names()));
            names = Set.copyOf(all);
            copies = names;
        }
        return names;
    }
}
