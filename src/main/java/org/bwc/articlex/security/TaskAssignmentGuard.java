package org.bwc.articlex.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default authorizations, plus one rule. The engine gives whoever becomes a task's assignee, owner or
 * candidate user READ and TASK_WORK on it — and {@code POST /task/{id}/claim} accepts <em>any</em> user id from
 * anyone who may work the task. So a user could hand a State's clarification task to another State's contact
 * point, or a caseworker's review of Kenya's request to Kenya. When a user (not the engine, not the application)
 * makes someone assignee, owner or candidate of a task that has candidate groups, that someone must belong to
 * one of them; otherwise the command is refused (403 in the REST APIs) and nothing changes. Engine administrators
 * ({@code camunda-admin}, {@code admins}) are exempt.
 */
class TaskAssignmentGuard extends DefaultAuthorizationProvider {

    /** {@code TaskEntity.TaskState.STATE_INIT}: the engine is creating the task from its BPMN definition. */
    private static final String TASK_BEING_CREATED = "Init";

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        requireCandidate(task, newAssignee);
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        requireCandidate(task, newOwner);
        return super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        requireCandidate(task, userId);
        return super.newTaskUserIdentityLink(task, userId, type);
    }

    private static void requireCandidate(Task task, String userId) {
        CommandContext context = Context.getCommandContext();
        if (userId == null || context == null || !context.isAuthorizationCheckEnabled()
                || context.getAuthentication() == null || context.getAuthentication().getUserId() == null
                || !(task instanceof TaskEntity entity) || TASK_BEING_CREATED.equals(entity.getTaskState())) {
            return; // the engine creating a task as modelled, or the application acting
        }
        if (isEngineAdministrator(context)) {
            return;
        }
        List<String> candidateGroups = entity.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).distinct().toList();
        if (candidateGroups.isEmpty()) {
            return;
        }
        boolean member = context.runWithoutAuthorization(() -> candidateGroups.stream()
                .anyMatch(group -> context.getProcessEngineConfiguration().getIdentityService()
                        .createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
        if (!member) {
            throw new AuthorizationException("Task " + entity.getId() + " is for " + String.join(", ", candidateGroups)
                    + "; " + userId + " is not a member and cannot be made its assignee, owner or candidate");
        }
    }

    private static boolean isEngineAdministrator(CommandContext context) {
        List<String> groups = context.getAuthentication().getGroupIds();
        List<String> adminGroups = context.getProcessEngineConfiguration().getAdminGroups();
        List<String> adminUsers = context.getProcessEngineConfiguration().getAdminUsers();
        return groups != null && adminGroups != null && groups.stream().anyMatch(adminGroups::contains)
                || adminUsers != null && adminUsers.contains(context.getAuthentication().getUserId());
    }
}
