package kz.rudny.cabinet.domain.certificates.control;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Verification codes of publication certificates: twelve random characters of Crockford's base32
 * (digits and Latin capitals without I, L, O and U; 60 bits from a {@link SecureRandom}), printed in groups
 * of four, {@code 7KQ2-M9XD-4TRB}. A code is read off paper and typed by hand, so {@link #normalise} forgives
 * what people do: lower case, spaces, missing or extra dashes, O typed for 0 and I or L for 1 (as Crockford
 * prescribes), and Cyrillic letters that look like Latin ones, typed on a Russian or Kazakh layout
 * (А В Е К М Н Р С Т Х, О for 0, І for 1, У and Ү for Y).
 */
public final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    static final int GROUP = 4;
    static final int MAX_TYPED = 40;

    /** Letters typed in place of code characters, upper case; each maps to the character at its index. */
    private static final String LOOK_ALIKES = "OILАВЕКМНОРСТХІУҮ";
    private static final String MEANT = "011ABEKMH0PCTX1YY";
    /** Separators people type or copy between the groups: hyphen, the Unicode hyphens, dashes and minus. */
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    /** A new random code in the printed form {@code XXXX-XXXX-XXXX}. */
    public static String newCode() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return grouped(new String(chars));
    }

    /**
     * The canonical form {@code XXXX-XXXX-XXXX} of what a person typed, or empty when it cannot be a code:
     * {@code null}, blank, longer than {@value #MAX_TYPED} characters, not twelve code characters once spaces
     * and dashes are dropped, or holding any other character.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || DASHES.indexOf(c) >= 0) {
                continue;
            }
            char meant = meant(Character.toUpperCase(c));
            if (meant == 0 || plain.length() == LENGTH) {
                return Optional.empty();
            }
            plain.append(meant);
        }
        return plain.length() == LENGTH ? Optional.of(grouped(plain.toString())) : Optional.empty();
    }

    /** The code character an upper-case typed character stands for, or 0 when it stands for none. */
    private static char meant(char c) {
        if (ALPHABET.indexOf(c) >= 0) {
            return c;
        }
        int at = LOOK_ALIKES.indexOf(c);
        return at >= 0 ? MEANT.charAt(at) : 0;
    }

    private static String grouped(String plain) {
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                out.append('-');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }
}
