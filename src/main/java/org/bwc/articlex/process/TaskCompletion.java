package org.bwc.articlex.process;

import java.util.Map;
import org.bwc.articlex.web.ConflictException;
import org.camunda.bpm.engine.TaskService;

/**
 * Completes a task that a service found a moment ago. When another call (the API, Tasklist, {@code /engine-rest})
 * completed the same task in between, the engine fails in ways that depend on the instant — an optimistic-locking
 * failure, "cannot find task", or a null execution deep inside its own code — so the failure is judged by what is
 * true afterwards: the task is gone, the caller lost the race, 409 (docs/security.md, "Races on the engine API"). Any other failure
 * (a form listener's validation, a database outage) goes on unchanged.
 */
public final class TaskCompletion {

    private TaskCompletion() {
    }

    public static void complete(TaskService tasks, String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            if (taskGone(tasks, taskId)) {
                throw new ConflictException("This task was completed by another call a moment ago");
            }
            throw e;
        }
    }

    private static boolean taskGone(TaskService tasks, String taskId) {
        try {
            return tasks.createTaskQuery().taskId(taskId).count() == 0;
        } catch (RuntimeException cannotTell) {
            return false;
        }
    }
}
