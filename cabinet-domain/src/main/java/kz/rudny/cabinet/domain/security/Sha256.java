package kz.rudny.cabinet.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest kept of a random token in place of the token (personal API tokens, calendar feed links, the monitoring's
 * token): a random 256-bit secret needs no slow hash, only one that cannot be turned back.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The SHA-256 of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same as 64 lower-case hexadecimal digits, as stored. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }
}
