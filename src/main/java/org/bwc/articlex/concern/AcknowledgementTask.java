package org.bwc.articlex.concern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** The open {@code acknowledgeConcern} task of a concern's instance, for the reminder and the escalation. */
final class AcknowledgementTask {

    private AcknowledgementTask() {
    }

    static Task of(TaskService tasks, DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ArticleXConcernProcess.TASK_ACKNOWLEDGE_CONCERN).singleResult();
    }
}
