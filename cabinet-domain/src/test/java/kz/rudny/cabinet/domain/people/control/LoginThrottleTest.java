package kz.rudny.cabinet.domain.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveWrongPasswordsAreFreeTheSixthAttemptWaits() {
        fail("g3.teacher", "10.0.0.5", LoginThrottle.FREE_FAILURES - 1);
        assertEquals(Duration.ZERO, throttle.waitFor("g3.teacher", "10.0.0.5"));
        throttle.failed("g3.teacher", "10.0.0.5");
        assertEquals(Duration.ofSeconds(30), throttle.waitFor("g3.teacher", "10.0.0.5"));
    }

    @Test
    void theWaitDoublesAndIsCappedAtFifteenMinutes() {
        fail("g3.teacher", "10.0.0.5", LoginThrottle.FREE_FAILURES + 1);
        assertEquals(Duration.ofSeconds(60), throttle.waitFor("g3.teacher", "10.0.0.5"));
        fail("g3.teacher", "10.0.0.5", 20);
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("g3.teacher", "10.0.0.5"));
    }

    @Test
    void theWaitRunsOut() {
        fail("g3.teacher", "10.0.0.5", LoginThrottle.FREE_FAILURES);
        clock.now = clock.now.plusSeconds(31);
        assertEquals(Duration.ZERO, throttle.waitFor("g3.teacher", "10.0.0.5"));
    }

    @Test
    void nobodyCanLockTheOwnerOutFromAnotherAddress() {
        fail("s12.methodologist", "203.0.113.9", 40);
        assertTrue(throttle.waitFor("s12.methodologist", "203.0.113.9").toMinutes() > 0);
        assertEquals(Duration.ZERO, throttle.waitFor("s12.methodologist", "10.0.0.7"), "the owner at school");
    }

    @Test
    void oneAddressTryingManyAccountsIsHeld() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("user" + i, "198.51.100.1");
        }
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("someone.else", "198.51.100.1"));
        assertEquals(Duration.ZERO, throttle.waitFor("someone.else", "198.51.100.2"));
    }

    @Test
    void successfulSignInsFromOneAddressNeverAddUpToAHold() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT * 2; i++) {
            throttle.failed("teacher" + i, "10.0.0.1"); // counted before the password is checked
            throttle.succeeded("teacher" + i, "10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.waitFor("someone", "10.0.0.1"), "a school behind one address signs in");
    }

    @Test
    void aSuccessClearsThePairAndUsernamesIgnoreCase() {
        fail("G3.Teacher", "10.0.0.5", LoginThrottle.FREE_FAILURES);
        assertTrue(!throttle.waitFor("g3.teacher", "10.0.0.5").isZero());
        throttle.succeeded("g3.teacher", "10.0.0.5");
        assertEquals(Duration.ZERO, throttle.waitFor("g3.teacher", "10.0.0.5"));
    }
}
