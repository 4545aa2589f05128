package org.bwc.articlex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle's arithmetic on the engine clock, without an engine: thresholds, doubling, cap, expiry, administrators. */
class LoginThrottleTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(15);

    private final LoginThrottle throttle = new LoginThrottle(3, 10, BASE, MAX, Set.of("root")::contains);

    @BeforeEach
    void fixTheClock() {
        ClockUtil.setCurrentTime(new Date(1_800_000_000_000L));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void theFreeAttemptsAreFreeAndTheNextLoginWaitsTheBaseDelay() {
        fail("10.0.0.1", "alice", 2);
        assertThat(throttle.allows("10.0.0.1", "alice")).isTrue();
        fail("10.0.0.1", "alice", 1);
        assertThat(throttle.allows("10.0.0.1", "alice")).isFalse();
        pass(BASE.minusSeconds(1));
        assertThat(throttle.allows("10.0.0.1", "alice")).isFalse();
        pass(Duration.ofSeconds(1));
        assertThat(throttle.allows("10.0.0.1", "alice")).isTrue();
    }

    /** failures beyond the threshold → the lock after the last one */
    @ParameterizedTest(name = "{0} failures: locked {1} s")
    @CsvSource({"3, 30", "4, 60", "5, 120", "6, 240", "7, 480", "8, 900", "9, 900", "30, 900"})
    void eachFurtherFailureDoublesTheLockUpToTheMaximum(int failures, long lockedSeconds) {
        for (int i = 0; i < failures; i++) {
            throttle.failed("10.0.0.1", "bob");
        }
        pass(Duration.ofSeconds(lockedSeconds).minusMillis(1));
        assertThat(throttle.allows("10.0.0.1", "bob")).isFalse();
        pass(Duration.ofMillis(1));
        assertThat(throttle.allows("10.0.0.1", "bob")).isTrue();
    }

    @Test
    void anotherSourceIsNotLockedUntilTheAccountsOwnThreshold() {
        fail("10.0.0.1", "carol", 11); // 4 × 3 = 12 per account
        assertThat(throttle.allows("10.0.0.1", "carol")).isFalse();
        assertThat(throttle.allows("10.0.0.2", "carol")).isTrue();
        fail("10.0.0.3", "carol", 1);
        assertThat(throttle.allows("10.0.0.2", "carol")).as("12 failures from anywhere").isFalse();
        pass(BASE);
        assertThat(throttle.allows("10.0.0.2", "carol")).isTrue();
    }

    @Test
    void anAdministratorIsThrottledPerSourceOnlyNeverPerAccount() {
        for (int source = 1; source <= 9; source++) {
            fail("10.0.1." + source, "root", 3);
        }
        assertThat(throttle.allows("10.0.1.1", "root")).isFalse();
        assertThat(throttle.allows("10.0.2.1", "root")).isTrue();
    }

    @Test
    void aSourceSprayingManyAccountsIsThrottledAcrossThem() {
        for (int account = 1; account <= 10; account++) {
            fail("10.0.0.9", "user" + account, 1);
        }
        assertThat(throttle.allows("10.0.0.9", "someone-else")).isFalse();
        assertThat(throttle.allows("10.0.0.8", "someone-else")).isTrue();
    }

    @Test
    void aSuccessClearsTheAccountAndCountsAreForgottenAfterTwiceTheMaximum() {
        fail("10.0.0.1", "dave", 3);
        throttle.succeeded("10.0.0.1", "dave");
        assertThat(throttle.allows("10.0.0.1", "dave")).isTrue();
        fail("10.0.0.1", "erin", 8);
        pass(MAX.multipliedBy(2).plusSeconds(1));
        fail("10.0.0.1", "erin", 1);
        assertThat(throttle.allows("10.0.0.1", "erin")).as("counting afresh: 1 failure is free").isTrue();
        assertThat(throttle.allows("10.0.0.1", "Erin ")).as("account names compare as the login does").isTrue();
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new LoginThrottle(0, 10, BASE, MAX, u -> false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(5, 4, BASE, MAX, u -> false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(5, 10, MAX, BASE, u -> false)).isInstanceOf(IllegalArgumentException.class);
    }

    private void fail(String source, String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(source, account);
        }
    }

    private static void pass(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }
}
