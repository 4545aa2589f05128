package org.bwc.articlex.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts that proved their password in the last moments, with their groups. HTTP Basic sends the password
 * with every call; checking it and reading the groups each time was a tenth of a busy node's CPU (BENCHMARKS.md).
 * Only a success is kept, under a salted hash of user and password (never the password), for a short time:
 * a password changed, an account removed or a group membership revoked takes effect within that time
 * ({@code articlex.security.login-cache}, docs/security.md). A failure is never kept, so guessing still meets
 * the identity service and the throttle every time.
 */
final class RecentLogins {

    /** Bounds the memory a flood of distinct valid logins could take; past it, everything is forgotten at once. */
    static final int MAX_ENTRIES = 10_000;

    private final Duration keep;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RecentLogins(Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The groups of {@code userId} if this user proved this password within the time kept. */
    Optional<List<String>> groups(String userId, String password) {
        if (keep.isZero()) {
            return Optional.empty();
        }
        String key = key(userId, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.groups());
    }

    void succeeded(String userId, String password, List<String> groups) {
        if (keep.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(userId, password), new Entry(List.copyOf(groups), clock.instant().plus(keep)));
    }

    private String key(String userId, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(userId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Entry(List<String> groups, Instant until) {
    }
}
