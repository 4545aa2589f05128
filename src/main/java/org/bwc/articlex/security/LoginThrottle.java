package org.bwc.articlex.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throttles failed logins on both doors (HTTP Basic and the webapps' login form) with locks that expire. Failures
 * are counted three ways, each with its own threshold; past it, every further failure locks for twice as long as the
 * one before ({@code baseDelay}, 2×, 4×, … at most {@code maxDelay}):
 * <ul>
 * <li>per source and account (the guesser at one account): after {@code freeAttempts} failures;</li>
 * <li>per account from any source (a distributed guesser): after 4 × {@code freeAttempts} — never for an
 * administrator, whom an attacker could otherwise keep out; administrators are throttled per source only;</li>
 * <li>per source across accounts (password spraying): after {@code sourceAttempts}.</li>
 * </ul>
 * A lock refuses the login whatever the password (the caller learns nothing about it) and lifts by itself; a
 * successful login clears its account's counts. A count is forgotten twice {@code maxDelay} after its last failure. Kept
 * in memory, per node, on the engine's clock. Replaces Camunda's own throttling, whose lock after
 * {@code login-max-attempts} is permanent ({@link EngineSecurityPlugin} refuses to start with it reachable).
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_ENTRIES = 100_000;

    private final int freeAttempts;
    private final int sourceAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Predicate<String> administrator;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int freeAttempts, int sourceAttempts, Duration baseDelay, Duration maxDelay,
            Predicate<String> administrator) {
        if (freeAttempts < 1 || sourceAttempts < freeAttempts || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("articlex.login-throttle: free-attempts >= 1, source-attempts >= free-attempts, "
                    + "0 <= base-delay <= max-delay");
        }
        this.freeAttempts = freeAttempts;
        this.sourceAttempts = sourceAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.administrator = administrator;
    }

    /** Whether a login for {@code account} from {@code source} may be tried now. */
    public boolean allows(String source, String account) {
        long now = now();
        if (locked(sourceKey(source), sourceAttempts, now) || locked(pairKey(source, account), freeAttempts, now)) {
            return false;
        }
        return !locked(accountKey(account), 4 * freeAttempts, now) || administrator.test(account);
    }

    public void failed(String source, String account) {
        long now = now();
        if (failures.size() > MAX_ENTRIES) {
            failures.values().removeIf(f -> f.forgotten(now, maxDelay));
            if (failures.size() > MAX_ENTRIES) {
                log.warn("Login throttle: more than {} sources and accounts failing at once; starting afresh", MAX_ENTRIES);
                failures.clear();
            }
        }
        for (String key : new String[] {sourceKey(source), pairKey(source, account), accountKey(account)}) {
            failures.compute(key, (k, f) -> (f == null || f.forgotten(now, maxDelay) ? new Failures(0, now) : f).plusOne(now));
        }
    }

    public void succeeded(String source, String account) {
        failures.remove(pairKey(source, account));
        failures.remove(accountKey(account));
    }

    private boolean locked(String key, int threshold, long now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < threshold || f.forgotten(now, maxDelay)) {
            return false;
        }
        return now < f.last() + delay(f.count() - threshold).toMillis();
    }

    private Duration delay(int beyondThreshold) {
        Duration delay = baseDelay;
        for (int i = 0; i < beyondThreshold && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }

    private static String sourceKey(String source) {
        return "source\u0000" + source;
    }

    private static String accountKey(String account) {
        return "account\u0000" + normalise(account);
    }

    private static String pairKey(String source, String account) {
        return "pair\u0000" + source + "\u0000" + normalise(account);
    }

    private static String normalise(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, long last) {

        Failures plusOne(long now) {
            return new Failures(count + 1, now);
        }

        /** Long enough after the last failure (or a clock set back, as tests do) to start counting afresh. */
        boolean forgotten(long now, Duration maxDelay) {
            return now - last > 2 * maxDelay.toMillis() || now < last;
        }
    }
}
