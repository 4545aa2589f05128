package org.bwc.articlex.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.jdbc.StartupLock;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The role model, written to the engine at every start-up in every profile, idempotently (existing permissions are
 * kept, missing ones added), under the cluster's start-up lock ({@link StartupLock}):
 *
 * <table>
 * <tr><th>who</th><th>gets</th></tr>
 * <tr><td>everyone (global)</td><td>Tasklist; READ on process definitions (names and diagrams in Tasklist); READ on
 * the shared Tasklist filter. No instance, task or history: a party sees a case only through
 * {@link CaseAccess} and a task only as its candidate group.</td></tr>
 * <tr><td>{@code caseworkers}</td><td>Cockpit; read everything of every case: instances, tasks, variables,
 * history, deployments, decisions; users and groups; their own Tasklist filters. They work only the tasks
 * addressed to their group.</td></tr>
 * <tr><td>{@code managers}</td><td>as caseworkers, plus the whole user operation log (every category) and
 * retrying failed jobs (incidents).</td></tr>
 * <tr><td>{@code admins}</td><td>ALL on every resource (and an engine administrator group, see
 * {@link EngineSecurityPlugin}): Admin, Cockpit, Tasklist.</td></tr>
 * </table>
 *
 * Nobody but an administrator may start a process instance directly: requests enter through {@code /api}, which
 * starts their process as the application.
 * Also creates the groups {@code caseworkers}, {@code managers}, {@code admins}, one {@code sp-<ISO3>} group per
 * State Party and one {@code org-<CODE>} group per recognised organisation ({@link Organisations}), the administrator of {@link AdminAccount}, and refuses to start outside the {@code dev} profile when
 * no administrator exists at all (the Admin webapp's set-up page, which would create one without login, is closed).
 */
@Component
class GlobalAuthorizations implements SmartInitializingSingleton {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";
    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(GlobalAuthorizations.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final StatesRegistry states;
    private final AdminAccount admin;
    private final ScraperAccount scraper;
    private final CamundaBpmProperties camunda;
    private final Environment environment;
    private final StartupLock startupLock;
    private final ProcessEngineConfigurationImpl engine;

    GlobalAuthorizations(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            StatesRegistry states, AdminAccount admin, ScraperAccount scraper, CamundaBpmProperties camunda,
            Environment environment, StartupLock startupLock, ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.scraper = scraper;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.states = states;
        this.admin = admin;
        this.camunda = camunda;
        this.environment = environment;
        this.startupLock = startupLock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // nodes started at the same moment write one after the other, each seeing what the one before wrote
        startupLock.seed(this::writeAll);
        if (!environment.acceptsProfiles(Profiles.of(EngineSecurityPlugin.DEV_PROFILE)) && !anAdministratorExists()) {
            throw new IllegalStateException("No administrator exists and none is configured: set ARTICLEX_ADMIN_USER and "
                    + "ARTICLEX_ADMIN_PASSWORD for the first start (the Admin webapp's set-up page is closed)");
        }
    }

    private void writeAll() {
        Map<String, GroupOfRoleModel> groups = new LinkedHashMap<>();
        addGroup(groups, Caller.CASEWORKERS, "ISU caseworkers", "WORKFLOW");
        addGroup(groups, Caller.MANAGERS, "ISU managers", "WORKFLOW");
        addGroup(groups, Caller.ADMINS, "Administrators", "SYSTEM");
        addGroup(groups, Caller.SCRAPERS, "Metrics scrapers (Prometheus)", "SYSTEM");
        for (StateParty party : states.all()) {
            addGroup(groups, party.group(), party.name(), "STATE_PARTY");
        }
        Organisations.all().forEach((code, name) -> addGroup(groups, Caller.ORGANISATION_GROUP_PREFIX + code, name, "ORGANISATION"));
        createMissing(groups);
        scraper.ensure(identity);
        administrator();

        // everyone
        global(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        global(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        sharedFilter();

        // the secretariat
        for (String group : List.of(Caller.CASEWORKERS, Caller.MANAGERS)) {
            grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
            grant(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
            grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
            grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            grant(group, Resources.FILTER, ANY, Permissions.CREATE);
        }
        grant(Caller.MANAGERS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
        grant(Caller.MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.RETRY_JOB);

        withdrawPartyHistoricTaskVariables();

        // administrators: everything, as the starter does for camunda-admin
        for (Resources resource : Resources.values()) {
            grant(Caller.ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    /**
     * Tasks created before {@link PartyHistoricTaskScope} gave their party groups READ_VARIABLE on the task's history
     * (and so on every variable of the task's process instance); withdrawn, keeping READ.
     */
    private void withdrawPartyHistoricTaskVariables() {
        List<String> parties = new java.util.ArrayList<>(states.all().stream().map(StateParty::group).toList());
        Organisations.all().keySet().forEach(code -> parties.add(Caller.ORGANISATION_GROUP_PREFIX + code));
        for (Authorization granted : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.HISTORIC_TASK).hasPermission(HistoricTaskPermissions.READ_VARIABLE)
                .groupIdIn(parties.toArray(String[]::new)).list()) {
            granted.removePermission(HistoricTaskPermissions.READ_VARIABLE);
            authorizations.saveAuthorization(granted);
        }
    }

    private void administrator() {
        if (!admin.configured()) {
            return;
        }
        if (identity.createUserQuery().userId(admin.user()).count() == 0) {
            User user = identity.newUser(admin.user());
            user.setFirstName("Administrator");
            user.setLastName(admin.user());
            user.setEmail(admin.email() == null || admin.email().isBlank() ? null : admin.email());
            user.setPassword(admin.password());
            identity.saveUser(user);
            log.info("Created the administrator '{}' from ARTICLEX_ADMIN_USER", admin.user());
        }
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        membership(admin.user(), Groups.CAMUNDA_ADMIN);
        membership(admin.user(), Caller.ADMINS);
        if (camunda.getAdminUser() != null && camunda.getAdminUser().getId() != null) {
            membership(camunda.getAdminUser().getId(), Caller.ADMINS);
        }
    }

    private boolean anAdministratorExists() {
        return identity.createUserQuery().memberOfGroup(Caller.ADMINS).count() > 0
                || identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    /**
     * The Tasklist filter everyone reads ({@code articlex.tasklist.shared-filter}), created here under the start-up
     * lock rather than by the starter's {@code camunda.bpm.filter.create}, which two nodes started at once would
     * both create (filter names are not unique in Camunda's table).
     */
    private void sharedFilter() {
        String name = environment.getProperty("articlex.tasklist.shared-filter");
        if (name == null || name.isBlank()) {
            return;
        }
        if (filters.createFilterQuery().filterName(name).count() == 0) {
            filters.saveFilter(filters.newTaskFilter(name));
            log.info("Created the shared Tasklist filter '{}'", name);
        }
        for (Filter filter : filters.createFilterQuery().filterName(name).list()) {
            if (filter.getOwner() == null) {
                global(Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    private record GroupOfRoleModel(String name, String type) {
    }

    private static void addGroup(Map<String, GroupOfRoleModel> groups, String id, String name, String type) {
        groups.put(id, new GroupOfRoleModel(name, type));
    }

    /**
     * The groups of the role model that do not exist yet (about 200 on a fresh database): one query for all, and
     * their writes in one engine command.
     */
    private void createMissing(Map<String, GroupOfRoleModel> groups) {
        identity.createGroupQuery().groupIdIn(groups.keySet().toArray(String[]::new)).list()
                .forEach(existing -> groups.remove(existing.getId()));
        EngineWrites.inOneCommand(engine, () -> groups.forEach((id, group) -> saveGroup(id, group.name(), group.type())));
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            saveGroup(id, name, type);
        }
    }

    private void saveGroup(String id, String name, String type) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    private void membership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).count() > 0
                && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private void global(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
        save(existing != null ? existing : newAuthorization(AUTH_TYPE_GLOBAL, null, resource, resourceId), existing == null, permissions);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
        save(existing != null ? existing : newAuthorization(AUTH_TYPE_GRANT, groupId, resource, resourceId), existing == null, permissions);
    }

    private Authorization newAuthorization(int type, String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        if (type == AUTH_TYPE_GLOBAL) {
            authorization.setUserId(ANY);
        } else {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    private void save(Authorization authorization, boolean isNew, Permission... permissions) {
        boolean changed = isNew;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
