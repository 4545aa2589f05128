package org.bwc.articlex.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from the environment: {@code ARTICLEX_ADMIN_USER} and {@code ARTICLEX_ADMIN_PASSWORD}
 * (properties {@code articlex.admin.user} and {@code articlex.admin.password}). Created once, when no user of
 * that id exists, as a member of {@code camunda-admin} and {@code admins}; the password is never updated from the
 * environment afterwards (change it in the Admin webapp). Outside the {@code dev} profile the application refuses
 * to start with a blank password, a password equal to the user id, a well-known default, or one that fails
 * Camunda's default password policy.
 */
@ConfigurationProperties("articlex.admin")
public record AdminAccount(String user, String password, String email) {

    private static final Set<String> WELL_KNOWN_DEFAULTS = Set.of("admin", "demo", "camunda", "password", "changeit",
            "secret", "123456", "12345678");

    public boolean configured() {
        return user != null && !user.isBlank();
    }

    /** What is wrong with {@code password} as a production administrator's password; empty when nothing is. */
    static List<String> weaknesses(String userId, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("the password is blank");
            return problems;
        }
        if (userId != null && password.strip().equalsIgnoreCase(userId.strip())) {
            problems.add("the password equals the user id");
        }
        if (WELL_KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("the password is a well-known default");
        }
        UserEntity user = new UserEntity(userId);
        for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
            if (!rule.execute(password, user)) {
                problems.add("the password breaks Camunda's password policy (" + rule.getPlaceholder()
                        + (rule.getParameters() == null || rule.getParameters().isEmpty() ? "" : " " + rule.getParameters()) + ")");
            }
        }
        return problems;
    }
}
