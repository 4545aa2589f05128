package org.bwc.articlex.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bwc.articlex.jdbc.StartupLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets party groups start a process from its start form in Tasklist: CREATE_INSTANCE on that process definition and
 * CREATE on process instances, per group — what Tasklist's "Start process" lists and the engine checks before the
 * form's submission runs. Nothing else: the submission itself checks that the user speaks for the party it submits
 * for, and {@link EngineDoorGuard} refuses a party every way of starting a process but {@code submit-form} (a plain
 * {@code /start} would skip the form's rules). Written at every start-up, idempotently, under the {@link StartupLock}.
 */
@Component
public class StartFormAccess {

    private final AuthorizationService authorizations;
    private final ProcessEngineConfigurationImpl engine;
    private final StartupLock startupLock;

    StartFormAccess(AuthorizationService authorizations, ProcessEngine engine, StartupLock startupLock) {
        this.authorizations = authorizations;
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.startupLock = startupLock;
    }

    public void openTo(String processDefinitionKey, Collection<String> groups) {
        startupLock.seed(() -> {
            grant(groups, Resources.PROCESS_DEFINITION, processDefinitionKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(groups, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        });
    }

    /**
     * One query for the grants that exist, a write only for a group that lacks the permission, and the writes in one
     * engine command: a fresh database takes about 390 per start form, which as commands of their own cost a noticeable
     * part of the start-up (BENCHMARKS.md, tunings).
     */
    private void grant(Collection<String> groups, Resource resource, String resourceId, Permission permission) {
        Map<String, Authorization> existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(resource).resourceId(resourceId).list().stream().filter(a -> a.getGroupId() != null)
                .collect(Collectors.toMap(Authorization::getGroupId, Function.identity(), (a, b) -> a));
        List<Authorization> writes = new ArrayList<>();
        for (String group : groups) {
            Authorization authorization = existing.get(group);
            if (authorization != null && authorization.isPermissionGranted(permission)) {
                continue;
            }
            if (authorization == null) {
                authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(group);
                authorization.setResource(resource);
                authorization.setResourceId(resourceId);
            }
            authorization.addPermission(permission);
            writes.add(authorization);
        }
        EngineWrites.inOneCommand(engine, () -> writes.forEach(authorizations::saveAuthorization));
    }
}
