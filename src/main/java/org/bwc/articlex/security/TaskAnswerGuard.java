package org.bwc.articlex.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a user other than an administrator may do to a task it works directly through {@code /engine-rest} or
 * Tasklist. Its task permission ({@code TASK_WORK}) lets it complete the task with any variables, and those land on
 * the task's process instance: a party could otherwise rewrite its case's {@code stateGroup}, and a caseworker or
 * manager — who changes a case only by working its tasks — a screening outcome, another manager's decision or the
 * requester's group. So, for a State Party's, an organisation's or a secretariat user:
 * <ul>
 * <li>completing, submitting a form, or setting or removing variables through the task (locally or not) may set
 * only the editable fields of the task's own form ({@link TaskFormFields}); any other variable may at most be
 * echoed back unchanged — so nobody can rewrite the case or pre-set a variable the process reads later (e.g. an
 * escalation time);</li>
 * <li>throwing a BPMN error or escalation from a task is refused (an uncaught BPMN error ends the case silently).</li>
 * </ul>
 * The project's {@code /api} completes tasks as the application ({@link ApplicationCalls}) after its own
 * validation, and administrators repair cases with all permissions anyway, so neither is affected. Task forms clear
 * their outcome variables when their task is created ({@code process.FormOutcome}). Applies on {@code /engine-rest}
 * and Tasklist's door alike: it sits in the engine (docs/security.md, "Guards on a task").
 */
final class TaskAnswerGuard extends CommandInterceptor {

    private static final Set<String> ADMINISTRATORS = Set.of(Caller.ADMINS, Groups.CAMUNDA_ADMIN);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (context != null && context.isAuthorizationCheckEnabled() && isGuarded(context.getAuthentication())) {
            inspect(command, context);
        }
        return next.execute(command);
    }

    /** A signed-in user of no administrators' group. */
    static boolean isGuarded(Authentication authentication) {
        if (authentication == null || authentication.getUserId() == null) {
            return false;
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return groups.stream().noneMatch(ADMINISTRATORS::contains);
    }

    private static void inspect(Command<?> command, CommandContext context) {
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            throw new AuthorizationException("A task is completed with its form's answers; only an administrator throws a BPMN error or escalation from it");
        }
        if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
            checkWrites(context, CommandFields.read(command, "taskId"), CommandFields.read(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkWrites(context, CommandFields.read(command, "taskId"), CommandFields.read(command, "properties"));
        } else if (command instanceof SetTaskVariablesCmd) { // local or not: a local variable can be mapped out
            checkWrites(context, CommandFields.read(command, "entityId"), CommandFields.read(command, "variables"));
        } else if (command instanceof RemoveTaskVariablesCmd) {
            checkRemovals(context, CommandFields.read(command, "entityId"), CommandFields.read(command, "variableNames"));
        } else if (command instanceof PatchTaskVariablesCmd) {
            checkWrites(context, CommandFields.read(command, "entityId"), CommandFields.read(command, "variables"));
            checkRemovals(context, CommandFields.read(command, "entityId"), CommandFields.read(command, "deletions"));
        }
    }

    /**
     * Allowed: the editable fields of the task's own form; and any variable visible from the task echoed back
     * unchanged (a form that shows it read-only sends it back). Everything else — a new name the process reads later,
     * a changed case variable — is refused.
     */
    private static void checkWrites(CommandContext context, Object taskId, Object variables) {
        if (!(taskId instanceof String id) || !(variables instanceof Map<?, ?> values) || values.isEmpty()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(id);
        if (task == null || task.getExecution() == null) {
            return; // unknown task (the command reports it) or a standalone task: no case to protect
        }
        Set<String> answers = null;
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (answers == null) {
                answers = TaskFormFields.editable(context, task);
            }
            if (answers.contains(name)) {
                continue;
            }
            if (!task.hasVariable(name) || !same(plain(task.getVariableTyped(name, true)), plain(entry.getValue()))) {
                throw refused(name);
            }
        }
    }

    private static void checkRemovals(CommandContext context, Object taskId, Object names) {
        if (!(taskId instanceof String id) || !(names instanceof Collection<?> removed) || removed.isEmpty()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(id);
        if (task == null || task.getExecution() == null) {
            return;
        }
        Set<String> answers = TaskFormFields.editable(context, task);
        for (Object name : removed) {
            if (!answers.contains(String.valueOf(name))) {
                throw refused(String.valueOf(name));
            }
        }
    }

    private static AuthorizationException refused(String name) {
        return new AuthorizationException("A task's user sets only the answers of the task's form; "
                + "'" + name + "' is not one of them");
    }

    /** Equal, with numbers compared by value (a form sends 5 as an Integer where the case holds a Long). */
    private static boolean same(Object held, Object sent) {
        if (held instanceof Number a && sent instanceof Number b) {
            try {
                return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
            } catch (NumberFormatException notFinite) {
                return a.equals(b);
            }
        }
        return Objects.equals(held, sent);
    }

    private static Object plain(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }
}
