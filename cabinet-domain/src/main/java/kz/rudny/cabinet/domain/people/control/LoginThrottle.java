package kz.rudny.cabinet.domain.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.cache.Cache;
import kz.rudny.cabinet.domain.cluster.SharedCaches;

/**
 * Slows down password guessing without letting anyone lock another person out.
 *
 * <p>Failures are counted per (account, address) pair: after {@value #FREE_FAILURES} failures that pair
 * must wait, 30 seconds doubling up to 15 minutes. The rightful owner signing in from another address is
 * not affected. Separately, an address that fails {@value #ADDRESS_LIMIT} times within 15 minutes across
 * any accounts is held for 15 minutes, which stops one address from trying many accounts. An attempt is
 * counted as failed before the password is checked (so parallel guesses are counted too); a success takes
 * that back and clears the pair's count.
 *
 * <p>The counts live in the cluster's shared caches ({@link SharedCaches}), so attempts made through one instance
 * count on every other; each count is changed by compare-and-set on the grid (never read, changed and written
 * back blindly), and is forgotten {@value #FORGET_MINUTES} minutes after its last failure (twice the longest wait).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_LIMIT = 50;
    static final String PAIRS = "cabinet.login-throttle.pairs";
    static final String ADDRESSES = "cabinet.login-throttle.addresses";
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final int FORGET_MINUTES = 30;
    static final Duration FORGET = Duration.ofMinutes(FORGET_MINUTES);

    /** A count of failures and the last one's time, kept in the grid as "count/epoch milliseconds". */
    private record Failures(int count, Instant last) {

        static Failures of(String kept) {
            int slash = kept.indexOf('/');
            return new Failures(Integer.parseInt(kept.substring(0, slash)),
                    Instant.ofEpochMilli(Long.parseLong(kept.substring(slash + 1))));
        }

        String kept() {
            return count + "/" + last.toEpochMilli();
        }
    }

    @Inject
    SharedCaches caches;

    private Cache<String, String> pairs;
    private Cache<String, String> addresses;
    private final Clock clock;

    public LoginThrottle() {
        this.clock = Clock.systemUTC();
    }

    LoginThrottle(Clock clock, Cache<String, String> pairs, Cache<String, String> addresses) {
        this.clock = clock;
        this.pairs = pairs;
        this.addresses = addresses;
    }

    @PostConstruct
    void connect() {
        pairs = caches.cache(PAIRS, SharedCaches.Lifetime.FROM_CHANGE, FORGET);
        addresses = caches.cache(ADDRESSES, SharedCaches.Lifetime.FROM_CHANGE, FORGET);
    }

    /** How long this account must wait before trying again from this address; zero when it may try now. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Failures pair = read(pairs, pairKey(username, address));
        if (pair != null && pair.count() >= FREE_FAILURES) {
            Duration penalty = FIRST_WAIT.multipliedBy(1L << Math.min(pair.count() - FREE_FAILURES, 10));
            if (penalty.compareTo(MAX_WAIT) > 0) {
                penalty = MAX_WAIT;
            }
            wait = max(wait, Duration.between(now, pair.last().plus(penalty)));
        }
        Failures byAddress = read(addresses, addressKey(address));
        if (byAddress != null && byAddress.count() >= ADDRESS_LIMIT) {
            wait = max(wait, Duration.between(now, byAddress.last().plus(ADDRESS_WINDOW)));
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        change(pairs, pairKey(username, address), a -> new Failures(a == null ? 1 : a.count() + 1, now));
        change(addresses, addressKey(address), a -> {
            boolean windowOver = a == null || Duration.between(a.last(), now).compareTo(ADDRESS_WINDOW) > 0;
            return new Failures(windowOver ? 1 : a.count() + 1, now);
        });
    }

    /** Takes back the attempt counted for this sign-in and forgets the pair's failures. */
    public void succeeded(String username, String address) {
        pairs.remove(pairKey(username, address));
        change(addresses, addressKey(address),
                f -> f == null || f.count() <= 1 ? null : new Failures(f.count() - 1, f.last()));
    }

    private static Failures read(Cache<String, String> cache, String key) {
        String kept = cache.get(key);
        return kept == null ? null : Failures.of(kept);
    }

    /** Replaces the entry by what the change makes of it (null: none), retrying while another change came first. */
    private static void change(Cache<String, String> cache, String key, UnaryOperator<Failures> change) {
        while (true) {
            String kept = cache.get(key);
            Failures next = change.apply(kept == null ? null : Failures.of(kept));
            boolean done;
            if (kept == null) {
                done = next == null || cache.putIfAbsent(key, next.kept());
            } else {
                done = next == null ? cache.remove(key, kept) : cache.replace(key, kept, next.kept());
            }
            if (done) {
                return;
            }
        }
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
