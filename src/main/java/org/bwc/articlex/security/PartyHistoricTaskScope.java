package org.bwc.articlex.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * A party's task gives it no window on the rest of the case's history. Camunda gives a task's candidate group,
 * assignee and owner READ_VARIABLE on the task's <em>history</em>, and its historic variable and detail queries
 * ({@code /history/variable-instance}, {@code /history/detail}) then admit every variable of the task's whole
 * process instance — they join on any historic task of the same instance. So the offering party, through its own
 * follow-up task, would read the requesting State's follow-up answers. A party keeps READ on its task's history
 * (the task itself) and reads its own cases' history through {@link CaseAccess}; the secretariat is unchanged.
 * Also {@link TaskAssignmentGuard}'s rule.
 */
class PartyHistoricTaskScope extends TaskAssignmentGuard {

    @Override
    protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId, Resource resource,
            boolean isHistoric, Permission... permissions) {
        if (resource.resourceType() == Resources.HISTORIC_TASK.resourceType() && isParty(userId, groupId)) {
            permissions = Arrays.stream(permissions).filter(p -> p != HistoricTaskPermissions.READ_VARIABLE)
                    .toArray(Permission[]::new);
        }
        return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
    }

    static boolean isPartyGroup(String groupId) {
        return groupId != null && (groupId.startsWith(Caller.STATE_GROUP_PREFIX) || groupId.startsWith(Caller.ORGANISATION_GROUP_PREFIX));
    }

    private static boolean isParty(String userId, String groupId) {
        if (groupId != null) {
            return isPartyGroup(groupId);
        }
        CommandContext context = Context.getCommandContext();
        if (userId == null || context == null) {
            return false;
        }
        List<String> groups = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getIdentityService()
                .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
        return Doors.isParty(new Authentication(userId, groups));
    }
}
