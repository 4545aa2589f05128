package org.bwc.articlex.concern;

import org.bwc.articlex.security.Caller;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateAcknowledgement}: still not acknowledged after the escalation period. The same task is
 * offered to the managers as well (a second candidate group, top priority); the raising party is told.
 */
@Component
class EscalateAcknowledgementDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 100;

    private final TaskService tasks;
    private final ConcernJournal journal;

    EscalateAcknowledgementDelegate(TaskService tasks, ConcernJournal journal) {
        this.tasks = tasks;
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = AcknowledgementTask.of(tasks, execution);
        if (task != null) {
            tasks.addCandidateGroup(task.getId(), Caller.MANAGERS);
            tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
        }
        journal.record(ConcernVariables.concernId(execution), null, ConcernStep.ACKNOWLEDGEMENT_ESCALATED,
                "Acknowledgement escalated to managers", null);
    }
}
