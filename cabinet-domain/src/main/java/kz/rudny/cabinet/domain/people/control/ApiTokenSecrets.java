package kz.rudny.cabinet.domain.people.control;

import java.security.SecureRandom;
import java.util.Base64;
import kz.rudny.cabinet.domain.security.Sha256;

/**
 * Makes personal API tokens and their digests: {@code cab_} and 32 random bytes (Base64url, 43 characters); only
 * the hex SHA-256 of the whole token is stored. A random 256-bit token cannot be guessed, so a fast digest is
 * enough and the API pays no password hash per call.
 */
public final class ApiTokenSecrets {

    static final String PREFIX = "cab_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** What a token looks like; anything else is refused without a query. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == PREFIX.length() + 43 && token.startsWith(PREFIX)
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                || c == '-' || c == '_');
    }
}
