package org.bwc.articlex.security;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Set;

/**
 * The authenticated user behind a request: a Camunda user and its groups. States and organisations are
 * represented through their groups {@code sp-<ISO3>} and {@code org-<CODE>}.
 */
@Hidden // resolved from the login, never a parameter of the API description
public record Caller(String userId, Set<String> groups) {

    public static final String CASEWORKERS = "caseworkers";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "admins";
    /** Prometheus' scrape-only account: {@code /actuator/prometheus} and nothing else. */
    public static final String SCRAPERS = "metrics-scrapers";
    public static final String STATE_GROUP_PREFIX = "sp-";
    public static final String ORGANISATION_GROUP_PREFIX = "org-";

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean isCaseworker() {
        return groups.contains(CASEWORKERS);
    }

    /** The secretariat: caseworkers, managers and administrators see every case. */
    public boolean isSecretariat() {
        return groups.contains(CASEWORKERS) || groups.contains(MANAGERS) || groups.contains(ADMINS);
    }

    public boolean represents(String stateCode) {
        return stateCode != null && groups.contains(STATE_GROUP_PREFIX + stateCode);
    }

    public boolean canSee(String stateCode) {
        return isSecretariat() || represents(stateCode);
    }

    /** ISO3 codes of the States this user speaks for (usually one). */
    public List<String> states() {
        return groups.stream().filter(g -> g.startsWith(STATE_GROUP_PREFIX))
                .map(g -> g.substring(STATE_GROUP_PREFIX.length())).sorted().toList();
    }

    public List<String> groupList() {
        return groups.stream().sorted().toList();
    }
}
