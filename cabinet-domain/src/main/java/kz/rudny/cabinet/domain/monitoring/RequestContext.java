package kz.rudny.cabinet.domain.monitoring;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of the request the current thread serves, and the account it was made by once that is known, for the
 * log records of the request ({@link RequestLogEnricher}). Set by the web module's first filter and cleared when the
 * request ends; empty on every other thread (start-up, timers, the mail executor).
 */
public final class RequestContext {

    /** The header a proxy or a client may set, and the response echoes. */
    public static final String HEADER = "X-Request-Id";

    /** What is accepted from the header: short, and nothing a log reader could mistake for a field or a line. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Current(String requestId, Long accountId) {
    }

    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    private RequestContext() {
    }

    /** The given id when it is one we accept (a proxy's or the client's), else a new random one. */
    public static String idFrom(String header) {
        if (header != null && VALID.matcher(header).matches()) {
            return header;
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** This thread serves the request with this id from now on. */
    public static void begin(String requestId) {
        CURRENT.set(new Current(requestId, null));
    }

    /** The request was made by this account (its id only: no name or address goes into the logs). */
    public static void signedIn(long accountId) {
        Current current = CURRENT.get();
        if (current != null) {
            CURRENT.set(new Current(current.requestId(), accountId));
        }
    }

    /** The request has ended. */
    public static void end() {
        CURRENT.remove();
    }

    public static Optional<String> requestId() {
        return Optional.ofNullable(CURRENT.get()).map(Current::requestId);
    }

    public static Optional<Long> accountId() {
        return Optional.ofNullable(CURRENT.get()).map(Current::accountId);
    }
}
