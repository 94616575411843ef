package kz.rudny.cabinet.domain.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import kz.rudny.cabinet.domain.cluster.SharedCaches;
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

    /**
     * A JCache of the test's own (the JSR 107 reference implementation, in this JVM) in place of the server's data
     * grid: the throttle keeps its counts through the same JCache calls; each test gets fresh caches.
     */
    private static final CacheManager CACHES = Caching.getCachingProvider("org.jsr107.ri.spi.RICachingProvider")
            .getCacheManager();

    private final TestClock clock = new TestClock();
    private final Cache<String, String> pairs = fresh(LoginThrottle.PAIRS);
    private final Cache<String, String> addresses = fresh(LoginThrottle.ADDRESSES);
    private final LoginThrottle throttle = new LoginThrottle(clock, pairs, addresses);

    private static Cache<String, String> fresh(String name) {
        return SharedCaches.open(CACHES, name + "." + UUID.randomUUID(), SharedCaches.Lifetime.FROM_CHANGE,
                LoginThrottle.FORGET);
    }

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

    @Test
    void attemptsCountedByOneInstanceCountOnTheOther() {
        LoginThrottle other = new LoginThrottle(clock, pairs, addresses); // another server of the cluster, same grid
        fail("g3.teacher", "10.0.0.5", LoginThrottle.FREE_FAILURES - 1);
        other.failed("g3.teacher", "10.0.0.5");
        assertEquals(Duration.ofSeconds(30), throttle.waitFor("g3.teacher", "10.0.0.5"));
        assertEquals(Duration.ofSeconds(30), other.waitFor("g3.teacher", "10.0.0.5"));
        other.succeeded("g3.teacher", "10.0.0.5");
        assertEquals(Duration.ZERO, throttle.waitFor("g3.teacher", "10.0.0.5"), "a success on one clears both");
    }

    @Test
    void parallelFailuresAreAllCounted() throws InterruptedException {
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> fail("s7.teacher", "10.0.0.9", 25));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals("200/" + clock.now.toEpochMilli(), pairs.get("s7.teacher|10.0.0.9"), "no count lost");
    }
}
