package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock another person out.
 *
 * <p>Failures are counted per (account, address) pair: after {@value #FREE_FAILURES} failures that pair
 * must wait, 30 seconds doubling up to 15 minutes. The rightful owner signing in from another address is
 * not affected. Separately, an address that fails {@value #ADDRESS_LIMIT} times within 15 minutes across
 * any accounts is held for 15 minutes, which stops one address from trying many accounts. An attempt is
 * counted as failed before the password is checked (so parallel guesses are counted too); a success takes
 * that back and clears the pair's count.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_LIMIT = 50;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account must wait before trying again from this address; zero when it may try now. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Failures pair = pairs.get(pairKey(username, address));
        if (pair != null && pair.count() >= FREE_FAILURES) {
            Duration penalty = FIRST_WAIT.multipliedBy(1L << Math.min(pair.count() - FREE_FAILURES, 10));
            if (penalty.compareTo(MAX_WAIT) > 0) {
                penalty = MAX_WAIT;
            }
            wait = max(wait, Duration.between(now, pair.last().plus(penalty)));
        }
        Failures byAddress = addresses.get(addressKey(address));
        if (byAddress != null && byAddress.count() >= ADDRESS_LIMIT) {
            wait = max(wait, Duration.between(now, byAddress.last().plus(ADDRESS_WINDOW)));
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOldEntries();
        pairs.merge(pairKey(username, address), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        addresses.merge(addressKey(address), new Failures(1, now), (a, b) -> {
            boolean windowOver = Duration.between(a.last(), now).compareTo(ADDRESS_WINDOW) > 0;
            return new Failures(windowOver ? 1 : a.count() + 1, now);
        });
    }

    /** Takes back the attempt counted for this sign-in and forgets the pair's failures. */
    public void succeeded(String username, String address) {
        pairs.remove(pairKey(username, address));
        addresses.computeIfPresent(addressKey(address),
                (k, f) -> f.count() <= 1 ? null : new Failures(f.count() - 1, f.last()));
    }

    private void forgetOldEntries() {
        if (pairs.size() + addresses.size() < MAX_TRACKED) {
            return;
        }
        Instant cutoff = clock.instant().minus(MAX_WAIT.multipliedBy(2));
        pairs.values().removeIf(f -> f.last().isBefore(cutoff));
        addresses.values().removeIf(f -> f.last().isBefore(cutoff));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String username, String address) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + addressKey(address);
    }

    private static String addressKey(String address) {
        return address == null ? "?" : address;
    }
}
