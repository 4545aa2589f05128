package org.bwc.articlex.concern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseConsultations}: the consultation period is over. No more positions; the managers' decision
 * moves to the top of their Tasklist and the raising party is told.
 */
@Component
class CloseConsultationsDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final ConcernJournal journal;

    CloseConsultationsDelegate(TaskService tasks, ConcernJournal journal) {
        this.tasks = tasks;
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ArticleXConcernProcess.TASK_DECIDE_CONCERN_OUTCOME).list()
                .forEach(task -> tasks.setPriority(task.getId(), EscalateAcknowledgementDelegate.ESCALATED_PRIORITY));
        journal.record(ConcernVariables.concernId(execution), null, ConcernStep.CONSULTATIONS_ENDED, null, null);
    }
}
