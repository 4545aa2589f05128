package org.bwc.articlex.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A comment or an attachment made through a task belongs to that task's case. The engine checks the user's
 * permission on the task only, and then files the comment under whatever {@code processInstanceId} the body names —
 * so a party could write into another State's case through its own task ({@code POST /task/{own}/comment/create}
 * with a foreign process instance), on {@code /engine-rest} and Tasklist's door alike. Refused for every user (a
 * mismatch is never legitimate); the application itself is not affected.
 */
final class TaskScopeGuard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (context != null && context.isAuthorizationCheckEnabled()
                && (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd)) {
            requireSameCase(context, CommandFields.read(command, "taskId"), CommandFields.read(command, "processInstanceId"));
        }
        return next.execute(command);
    }

    private static void requireSameCase(CommandContext context, Object taskId, Object processInstanceId) {
        if (!(taskId instanceof String task) || !(processInstanceId instanceof String instance)) {
            return; // a comment on a task alone, or on an instance alone (UPDATE on that instance is checked)
        }
        TaskEntity entity = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(task));
        if (entity == null || !instance.equals(entity.getProcessInstanceId())) {
            throw new AuthorizationException("A comment or attachment made through a task belongs to that task's own case");
        }
    }
}
