package org.bwc.articlex.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Prometheus' scrape-only account, from the environment: {@code ARTICLEX_SCRAPER_USER} and
 * {@code ARTICLEX_SCRAPER_PASSWORD} (properties {@code articlex.scraper.user} and {@code articlex.scraper.password}).
 * Created once, as the only member of {@code metrics-scrapers}, which may read {@code /actuator/prometheus} and
 * nothing else (no {@code /api}, no engine API, no other actuator endpoint). No account without both values.
 */
@ConfigurationProperties("articlex.scraper")
public record ScraperAccount(String user, String password) {

    boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }

    /** Creates the account when configured and missing; its password is then managed in the Admin webapp. */
    void ensure(IdentityService identity) {
        if (!configured()) {
            return;
        }
        if (identity.createUserQuery().userId(user).count() == 0) {
            User account = identity.newUser(user);
            account.setFirstName("Metrics");
            account.setLastName("scraper");
            account.setPassword(password);
            identity.saveUser(account);
        }
        if (identity.createUserQuery().userId(user).memberOfGroup(Caller.SCRAPERS).count() == 0) {
            identity.createMembership(user, Caller.SCRAPERS);
        }
    }
}
