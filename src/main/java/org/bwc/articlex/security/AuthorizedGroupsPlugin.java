package org.bwc.articlex.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the cost of an authorization check independent of the number of cases the engine has run.
 *
 * <p>At the first check of every command, Camunda reads every group that holds any authorization
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, a scan of the whole table) only to drop, from the
 * {@code GROUP_ID_ IN (...)} lists of its checks, the user's groups that hold none. That table grows with every case:
 * the State's grants on its instance, its tasks and their history stay so that it can read its history
 * ({@link PartyHistoricTaskScope}) — 7.5 ms per command at 36,000 rows, and every Tasklist or {@code /engine-rest}
 * call of a user is one or more commands (BENCHMARKS.md, "With 1000000 historic cases"). A group without
 * authorizations matches no row of those lists anyway, so for a user with few groups — every user of this
 * application: one party or secretariat group, at most a few — the user's groups are used as they are and the answer
 * of every check is the same. A user with more groups than {@link #FEW_GROUPS} keeps Camunda's filter, which keeps
 * its lists short.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

    static final int FEW_GROUPS = 16;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>(
                configuration.getCustomSessionFactories() == null ? List.of() : configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UnfilteredFewGroups();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** Camunda's authorization manager, without the table scan for users with few groups. */
    static class UnfilteredFewGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
                    && authenticatedGroupIds.size() <= FEW_GROUPS) {
                return new ArrayList<>(authenticatedGroupIds);
            }
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
    }
}
