package org.bwc.articlex.security;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Opens one case (a process instance) to one party — a State Party's group {@code sp-<ISO3>} or an organisation's
 * group {@code org-<CODE>} — through Camunda's per-instance authorizations: READ on the running instance and READ
 * on its history (its historic activities, tasks, variables and operation log entries). Nothing more: a party
 * never gets UPDATE or DELETE on an instance; it changes a case only by working its own tasks (Camunda grants a
 * task's candidate group READ, READ_VARIABLE and TASK_WORK on that task by itself) or through the project's
 * {@code /api}.
 *
 * <p>Call {@link #grant} for the requesting State when its request's process starts (done by
 * {@code intake.RequestService.submit}), and for any party that must follow a whole case. An offering party
 * that only answers a {@code respondToMatch} task needs no grant: the candidate group of its task is enough, and
 * it should not see the rest of the requester's case. Runs in the caller's transaction; idempotent.
 */
@Component
public class CaseAccess {

    private static final Pattern PARTY_GROUP = Pattern.compile(
            Pattern.quote(Caller.STATE_GROUP_PREFIX) + "[A-Z]{3}|" + Pattern.quote(Caller.ORGANISATION_GROUP_PREFIX) + "[A-Z0-9]{2,16}");

    private final ProcessEngineConfigurationImpl configuration;
    private final AuthorizationService authorizations;

    public CaseAccess(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.authorizations = engine.getAuthorizationService();
    }

    /** Lets the members of {@code groupId} see the process instance and its history. */
    public void grant(String processInstanceId, String groupId) {
        requireArguments(processInstanceId, groupId);
        asApplication(() -> {
            add(groupId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
            add(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
        });
    }

    /** Withdraws what {@link #grant} gave; the party's own tasks keep their own authorizations. */
    public void revoke(String processInstanceId, String groupId) {
        requireArguments(processInstanceId, groupId);
        asApplication(() -> {
            for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
                authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .groupIdIn(groupId).resourceType(resource).resourceId(processInstanceId).list()
                        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
            }
        });
    }

    /** The party groups a case is open to, for checks and tests. */
    public List<String> parties(String processInstanceId) {
        return asApplication(() -> authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).list().stream()
                .map(Authorization::getGroupId).filter(g -> g != null && PARTY_GROUP.matcher(g).matches())
                .distinct().sorted().toList());
    }

    private void add(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
        if (existing != null && existing.isPermissionGranted(permission)) {
            return;
        }
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private void asApplication(Runnable work) {
        asApplication(() -> {
            work.run();
            return null;
        });
    }

    /**
     * In one engine command with authorization checks off: neither a State nor a caseworker may write authorizations.
     * Nor are they that user's operations: Camunda would log each grant as six operation-log entries of the user in
     * whose call it happens (a State "creating authorizations"), 12 of a submission's 81 rows (BENCHMARKS.md).
     */
    private <T> T asApplication(java.util.function.Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            boolean logging = context.isUserOperationLogEnabled();
            context.disableUserOperationLog();
            try {
                return context.runWithoutAuthorization(work::get);
            } finally {
                if (logging) {
                    context.enableUserOperationLog();
                }
            }
        });
    }

    private static void requireArguments(String processInstanceId, String groupId) {
        if (processInstanceId == null || processInstanceId.isBlank()) {
            throw new IllegalArgumentException("A process instance id is required");
        }
        if (groupId == null || !PARTY_GROUP.matcher(groupId).matches()) {
            throw new IllegalArgumentException("Cases are opened to a party group (sp-<ISO3> or org-<CODE>), not to '" + groupId + "'");
        }
    }
}
