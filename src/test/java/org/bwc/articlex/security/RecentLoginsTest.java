package org.bwc.articlex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecentLoginsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    /** ken-ncp logged in with "right" at T0, kept 30 s; who is recognised, and when. */
    static Stream<Arguments> logins() {
        return Stream.of(
                Arguments.of("the same user and password a moment later", "ken-ncp", "right", 1, true),
                Arguments.of("just before the time kept runs out", "ken-ncp", "right", 29, true),
                Arguments.of("when the time kept has run out", "ken-ncp", "right", 30, false),
                Arguments.of("long after", "ken-ncp", "right", 3600, false),
                Arguments.of("another password for the same user", "ken-ncp", "wrong", 1, false),
                Arguments.of("the password with different case", "ken-ncp", "Right", 1, false),
                Arguments.of("another user with the same password", "uga-ncp", "right", 1, false),
                Arguments.of("user and password run together differently", "ken-ncpr", "ight", 1, false),
                Arguments.of("an empty password", "ken-ncp", "", 1, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logins")
    void aSuccessfulLoginIsRecognisedOnlyAsItWasAndOnlyForAWhile(String what, String user, String password, int secondsLater,
            boolean recognised) {
        MovingClock clock = new MovingClock();
        RecentLogins recent = new RecentLogins(Duration.ofSeconds(30), clock);
        recent.succeeded("ken-ncp", "right", List.of("sp-KEN"));
        clock.now = T0.plusSeconds(secondsLater);
        Optional<List<String>> groups = recent.groups(user, password);
        assertThat(groups.isPresent()).as(what).isEqualTo(recognised);
        groups.ifPresent(g -> assertThat(g).containsExactly("sp-KEN"));
    }

    @Test
    void keptForNoTimeNothingIsRemembered() {
        RecentLogins recent = new RecentLogins(Duration.ZERO, new MovingClock());
        recent.succeeded("ken-ncp", "right", List.of("sp-KEN"));
        assertThat(recent.groups("ken-ncp", "right")).isEmpty();
    }

    @Test
    void theGroupsAreThoseOfTheLatestLogin() {
        MovingClock clock = new MovingClock();
        RecentLogins recent = new RecentLogins(Duration.ofSeconds(30), clock);
        recent.succeeded("ken-ncp", "right", List.of("sp-KEN", "caseworkers"));
        recent.succeeded("ken-ncp", "right", List.of("sp-KEN"));
        assertThat(recent.groups("ken-ncp", "right")).contains(List.of("sp-KEN"));
    }

    @Test
    void aFloodOfDistinctLoginsIsForgottenRatherThanKept() {
        RecentLogins recent = new RecentLogins(Duration.ofSeconds(30), new MovingClock());
        for (int i = 0; i < RecentLogins.MAX_ENTRIES; i++) {
            recent.succeeded("user-" + i, "right", List.of());
        }
        assertThat(recent.groups("user-0", "right")).isPresent();
        recent.succeeded("one-more", "right", List.of());
        assertThat(recent.groups("user-0", "right")).as("the earlier ones, dropped").isEmpty();
        assertThat(recent.groups("one-more", "right")).isPresent();
    }

    private static final class MovingClock extends Clock {

        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
