package kz.rudny.cabinet.domain.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 password hashes (OWASP: at least 210,000 iterations), stored as
 * {@code PBKDF2WithHmacSHA512:iterations:salt:hash} in Base64, the format Jakarta Security's
 * Pbkdf2PasswordHash also writes.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked against when an account does not exist, so that the answer takes as long. */
    private static final String DUMMY = hash("not-a-password-at-all".toCharArray());

    private PasswordHashing() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    public static boolean verify(char[] password, String stored) {
        String[] parts = (stored == null ? DUMMY : stored).split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            boolean same = MessageDigest.isEqual(expected, derive(password, salt, iterations));
            return stored != null && same;
        } catch (IllegalArgumentException malformed) {
            // A damaged stored hash (NumberFormatException is one) never matches; it must not escape sign-in.
            return false;
        }
    }

    /** Whether a stored hash was made with weaker settings than today's and should be replaced. */
    public static boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }

    static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
