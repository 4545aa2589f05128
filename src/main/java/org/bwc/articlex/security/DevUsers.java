package org.bwc.articlex.security;

import java.util.Locale;
import org.bwc.articlex.jdbc.StartupLock;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Development users, password = user id: {@code admin} (in {@code camunda-admin} and {@code admins}), {@code caseworker}, {@code manager}, a contact point
 * {@code <iso3>-ncp} for every State Party and a focal point {@code <code>-focal} for every recognised organisation.
 * Only with {@code articlex.dev-users.enabled=true}, which only the {@code dev} profile sets.
 */
@Component
@ConditionalOnProperty(name = "articlex.dev-users.enabled", havingValue = "true")
class DevUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DevUsers.class);

    private final IdentityService identity;
    private final StatesRegistry states;
    private final StartupLock startupLock;

    DevUsers(IdentityService identity, StatesRegistry states, StartupLock startupLock) {
        this.identity = identity;
        this.states = states;
        this.startupLock = startupLock;
    }

    /** Before the web server opens, so that no request meets a half-seeded identity store. */
    @Override
    public void afterSingletonsInstantiated() {
        // one transaction (some 600 identity writes, never a half-seeded store) under the cluster's start-up lock:
        // a node started at the same moment waits, then finds the users
        startupLock.seed(() -> {
            if (identity.createUserQuery().userId("caseworker").count() > 0) {
                return;
            }
            group(Caller.CASEWORKERS, "ISU caseworkers", "WORKFLOW");
            group(Caller.MANAGERS, "ISU managers", "WORKFLOW");
            group(Caller.ADMINS, "Administrators", "SYSTEM");
            group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
            user("caseworker", "Casey", "Worker", Caller.CASEWORKERS);
            user("manager", "Morgan", "Manager", Caller.MANAGERS);
            if (identity.createUserQuery().userId("admin").count() == 0) {
                user("admin", "Dev", "Admin", Groups.CAMUNDA_ADMIN);
            } else if (identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                identity.createMembership("admin", Groups.CAMUNDA_ADMIN);
            }
            if (identity.createUserQuery().userId("admin").memberOfGroup(Caller.ADMINS).count() == 0) {
                identity.createMembership("admin", Caller.ADMINS);
            }
            for (StateParty party : states.all()) {
                group(party.group(), party.name(), "STATE_PARTY");
                user(party.code().toLowerCase(Locale.ROOT) + "-ncp", "Contact point", party.name(), party.group());
            }
            for (var org : Organisations.all().entrySet()) {
                group(Caller.ORGANISATION_GROUP_PREFIX + org.getKey(), org.getValue(), "ORGANISATION");
                user(org.getKey().toLowerCase(Locale.ROOT) + "-focal", "Focal point", org.getKey(),
                        Caller.ORGANISATION_GROUP_PREFIX + org.getKey());
            }
            log.warn("Development users created with password = user id (caseworker, manager, <iso3>-ncp, <org>-focal). Never use the dev profile in production.");
        });
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(id);
        user.setEmail(id + "@dev.articlex.example.org");
        identity.saveUser(user);
        identity.createMembership(id, groupId);
    }
}
