package org.bwc.articlex.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The engine side of the security model:
 * <ul>
 * <li>refuses to start, outside the {@code dev} profile, with a weak administrator password (before anything is
 * written to the database);</li>
 * <li>makes the group {@code admins} an engine administrator group, like {@code camunda-admin};</li>
 * <li>lets the project's {@code /api} drive the engine as the application ({@link ApplicationCalls});</li>
 * <li>guards what a user other than an administrator may do to a task it works through {@code /engine-rest} or Tasklist
 * ({@link TaskAnswerGuard}, {@link TaskAssignmentGuard});</li>
 * <li>keeps comments and attachments on the case of the task they are made through ({@link TaskScopeGuard});</li>
 * <li>and refuses a configuration in which the authorization model is switched off, expressions in task queries
 * are allowed, or Camunda's permanent login lock can be reached.</li>
 * </ul>
 * Runs after the starter's own configuration plug-ins, which apply {@code camunda.bpm.*} properties.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

    static final String DEV_PROFILE = "dev";
    /** Camunda counts failed logins per user for ever; below this a guessing attacker could reach the count. */
    static final int NEVER_LOCK_FOR_GOOD = 1_000_000;

    private final Environment environment;
    private final AdminAccount admin;
    private final CamundaBpmProperties camunda;

    EngineSecurityPlugin(Environment environment, AdminAccount admin, CamundaBpmProperties camunda) {
        this.environment = environment;
        this.admin = admin;
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!environment.acceptsProfiles(Profiles.of(DEV_PROFILE))) {
            refuseWeakAdministratorCredentials();
        }
        List<String> adminGroups = new ArrayList<>(configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups());
        for (String group : List.of(Groups.CAMUNDA_ADMIN, Caller.ADMINS)) {
            if (!adminGroups.contains(group)) {
                adminGroups.add(group);
            }
        }
        configuration.setAdminGroups(adminGroups);
        configuration.setCustomPostCommandInterceptorsTxRequired(
                withSecurityInterceptors(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                withSecurityInterceptors(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        configuration.setResourceAuthorizationProvider(new PartyHistoricTaskScope());
    }

    /** The settings the per-case isolation rests on; a profile that turns one of them off does not start. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        List<String> wrong = new ArrayList<>();
        if (!configuration.isAuthorizationEnabled()) {
            wrong.add("camunda.bpm.authorization.enabled must be true");
        }
        if (configuration.isAuthorizationEnabledForCustomCode()) {
            wrong.add("camunda.bpm.authorization.enabled-for-custom-code must be false (delegates and listeners act as the application)");
        }
        if (!configuration.isEnforceSpecificVariablePermission()) {
            wrong.add("generic property enforce-specific-variable-permission must be true");
        }
        if (!configuration.isEnableHistoricInstancePermissions()) {
            wrong.add("generic property enable-historic-instance-permissions must be true");
        }
        if (configuration.getDefaultUserPermissionForTask() != Permissions.TASK_WORK) {
            wrong.add("generic property default-user-permission-name-for-task must be TASK_WORK (UPDATE would let a party "
                    + "re-address its task to another party)");
        }
        if (configuration.isEnableExpressionsInStoredQueries() || configuration.isEnableExpressionsInAdhocQueries()) {
            wrong.add("generic properties enable-expressions-in-stored-queries and enable-expressions-in-adhoc-queries must be "
                    + "false (a Tasklist filter or task query would evaluate ${...} with the application's beans in reach)");
        }
        if (configuration.getLoginMaxAttempts() < NEVER_LOCK_FOR_GOOD) {
            wrong.add("generic property login-max-attempts must be at least " + NEVER_LOCK_FOR_GOOD + " (Camunda's lock after it is "
                    + "permanent: anyone could lock the administrators out; LoginThrottle limits failed logins instead)");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Insecure engine configuration: " + String.join("; ", wrong));
        }
    }

    private void refuseWeakAdministratorCredentials() {
        List<String> problems = new ArrayList<>();
        if (admin.configured()) {
            AdminAccount.weaknesses(admin.user(), admin.password())
                    .forEach(p -> problems.add("ARTICLEX_ADMIN_PASSWORD for '" + admin.user() + "': " + p));
        }
        if (camunda.getAdminUser() != null && camunda.getAdminUser().getId() != null) {
            // the starter's admin user: its password defaults to its id
            AdminAccount.weaknesses(camunda.getAdminUser().getId(), camunda.getAdminUser().getPassword())
                    .forEach(p -> problems.add("camunda.bpm.admin-user '" + camunda.getAdminUser().getId() + "': " + p));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with weak administrator credentials outside the dev profile: "
                    + String.join("; ", problems) + ". Set ARTICLEX_ADMIN_USER and a strong ARTICLEX_ADMIN_PASSWORD "
                    + "(at least 10 characters with upper and lower case, a digit and a special character).");
        }
    }

    private static List<CommandInterceptor> withSecurityInterceptors(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = new ArrayList<>(existing == null ? List.of() : existing);
        // first the application scope (it switches checks off), then the guard (which only acts when they are on)
        interceptors.add(0, new TaskAnswerGuard());
        interceptors.add(0, new TaskScopeGuard());
        interceptors.add(0, new ApplicationCalls.Interceptor());
        return interceptors;
    }
}
