package org.bwc.articlex.concern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindAcknowledgement}: the acknowledgement is overdue. The caseworkers' task moves to the top of
 * their Tasklist (high priority, due now) and the reminder is in the concern's history.
 */
@Component
class RemindAcknowledgementDelegate implements JavaDelegate {

    static final int OVERDUE_PRIORITY = 80;

    private final TaskService tasks;
    private final ConcernJournal journal;
    private final ConcernDurations durations;

    RemindAcknowledgementDelegate(TaskService tasks, ConcernJournal journal, ConcernDurations durations) {
        this.tasks = tasks;
        this.journal = journal;
        this.durations = durations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = AcknowledgementTask.of(tasks, execution);
        if (task != null) {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
        }
        journal.record(ConcernVariables.concernId(execution), null, ConcernStep.ACKNOWLEDGEMENT_OVERDUE,
                "Not acknowledged within " + durations.getAcknowledgeWithin() + ": caseworkers reminded", null);
    }
}
