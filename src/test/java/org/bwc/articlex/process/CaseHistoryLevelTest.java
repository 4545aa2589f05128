package org.bwc.articlex.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Which history events {@link CaseHistoryLevel} keeps: {@code full}'s, but no variable details and no copies. */
class CaseHistoryLevelTest {

    private final CaseHistoryLevel level = new CaseHistoryLevel(copies());

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("a copy on a task, created", HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("requestTitle", "task-1"), false),
                Arguments.of("a copy on a task, updated", HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, variable("requestTitle", "task-1"), false),
                Arguments.of("a copy on a task, deleted", HistoryEventTypes.VARIABLE_INSTANCE_DELETE, variable("caseReference", "task-1"), false),
                Arguments.of("a case variable of the same name", HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("requestTitle", null), true),
                Arguments.of("a field the user fills in on a task", HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("complete", "task-1"), true),
                Arguments.of("a case variable, updated", HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, variable("status", null), true),
                Arguments.of("the detail row of a variable's new value", HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, variable("status", null), false),
                Arguments.of("a form property's detail row", HistoryEventTypes.FORM_PROPERTY_UPDATE, null, false),
                Arguments.of("an activity instance", HistoryEventTypes.ACTIVITY_INSTANCE_START, null, true),
                Arguments.of("a task instance", HistoryEventTypes.TASK_INSTANCE_COMPLETE, null, true),
                Arguments.of("an incident", HistoryEventTypes.INCIDENT_CREATE, null, true),
                Arguments.of("a user operation", HistoryEventTypes.USER_OPERATION_LOG, null, true),
                Arguments.of("a job log entry", HistoryEventTypes.JOB_FAIL, null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void keepsFullHistoryButTheDetailsAndTheCopies(String what, HistoryEventType type, Object entity, boolean kept) {
        assertThat(level.isHistoryEventProduced(type, entity)).isEqualTo(kept);
        if (kept) {
            assertThat(HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(type, entity)).isTrue();
        }
    }

    @Test
    void hasFullsIdSoThatADatabaseWrittenAtFullStartsWithIt() {
        assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(level.getName()).isEqualTo("full-without-copies").isNotEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
    }

    private static VariableInstanceEntity variable(String name, String taskId) {
        VariableInstanceEntity variable = new VariableInstanceEntity();
        variable.setName(name);
        variable.setTaskId(taskId);
        return variable;
    }

    private static ObjectProvider<TaskVariableCopies> copies() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("requestSummary", (TaskVariableCopies) () -> Set.of("requestTitle", "requestItems"));
        beans.addBean("caseLabels", (TaskVariableCopies) () -> Set.of("caseReference"));
        return beans.getBeanProvider(TaskVariableCopies.class);
    }
}
