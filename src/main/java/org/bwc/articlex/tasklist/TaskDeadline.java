package org.bwc.articlex.tasklist;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityStartBehavior;

/**
 * A task's deadline, read from the timers the process already keeps: the boundary timers of the task itself and of
 * every scope around it, up through the call activity that started its process (the offering party's answer is
 * bounded by the timer on the requester's call activity). An interrupting timer — the one that takes the work away:
 * a request lapses, a case escalates, an answer period ends — is the deadline; a task with only reminders
 * (non-interrupting timers) is due at its first reminder. The timers exist before the task's {@code create} event:
 * the engine creates a scope's timers when it enters the scope.
 */
final class TaskDeadline {

    private static final String BOUNDARY_TIMER = "boundaryTimer";

    private TaskDeadline() {
    }

    static Optional<Date> of(ExecutionEntity taskExecution) {
        Date interrupting = null;
        Date reminder = null;
        for (ExecutionEntity execution = taskExecution; execution != null; execution = next(execution)) {
            for (JobEntity job : execution.getJobs()) {
                if (!(job instanceof TimerEntity timer) || timer.getDuedate() == null) {
                    continue;
                }
                ActivityImpl event = execution.getProcessDefinition().findActivity(timer.getActivityId());
                if (event == null || !BOUNDARY_TIMER.equals(event.getProperties().get(BpmnProperties.TYPE))) {
                    continue;
                }
                if (event.getActivityStartBehavior() == ActivityStartBehavior.CANCEL_EVENT_SCOPE) {
                    interrupting = earlier(interrupting, timer.getDuedate());
                } else {
                    reminder = earlier(reminder, timer.getDuedate());
                }
            }
        }
        return Optional.ofNullable(interrupting != null ? interrupting : reminder);
    }

    private static ExecutionEntity next(ExecutionEntity execution) {
        return execution.getParent() != null ? execution.getParent() : execution.getSuperExecution();
    }

    private static Date earlier(Date current, Date candidate) {
        return current == null || candidate.before(current) ? candidate : current;
    }
}
