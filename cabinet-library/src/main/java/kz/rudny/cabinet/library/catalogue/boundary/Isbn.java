package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checked ISBN, always held as its 13 digits (an ISBN-10 becomes {@code 978} + its first nine digits + a
 * new check digit). Made only by {@link #parse(String)}, which accepts what people type: hyphens, spaces,
 * a lower- or upper-case {@code X} as an ISBN-10 check digit and a leading {@code ISBN}, {@code ISBN-10:}
 * or {@code ISBN-13:}. An ISBN-13 must start with 978 or 979 (other EAN-13 codes are not books).
 */
public final class Isbn implements Serializable {

    private static final Pattern PREFIX = Pattern.compile("^ISBN(?:[-\\s]?1[03](?=[\\s:]))?\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    /** ASCII hyphen, Unicode hyphens and dashes, any whitespace (including no-break space). */
    private static final Pattern SEPARATORS = Pattern.compile("[-\\u2010\\u2011\\u2012\\u2013\\u2014\\s\\u00A0]+");
    private static final Pattern ISBN_10 = Pattern.compile("\\d{9}[\\dX]");
    private static final Pattern ISBN_13 = Pattern.compile("97[89]\\d{10}");

    private final String digits;

    private Isbn(String digits) {
        this.digits = digits;
    }

    /** The ISBN in {@code typed}, or empty when it is blank, has the wrong length or characters, or a wrong check digit. */
    public static Optional<Isbn> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(PREFIX.matcher(typed.strip()).replaceFirst("")).replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (ISBN_13.matcher(compact).matches()) {
            return checkDigit13(compact.substring(0, 12)) == compact.charAt(12)
                    ? Optional.of(new Isbn(compact)) : Optional.empty();
        }
        if (ISBN_10.matcher(compact).matches() && checkDigit10(compact.substring(0, 9)) == compact.charAt(9)) {
            String twelve = "978" + compact.substring(0, 9);
            return Optional.of(new Isbn(twelve + checkDigit13(twelve)));
        }
        return Optional.empty();
    }

    /** The 13 digits, no separators: what is stored and compared. */
    public String value() {
        return digits;
    }

    /**
     * For display. Hyphenating an ISBN properly needs the registration-group and publisher range tables of
     * the International ISBN Agency, which this class does not carry, so this is the plain 13 digits, the
     * same as {@link #value()}.
     */
    public String formatted() {
        return digits;
    }

    static char checkDigit13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static char checkDigit10(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Isbn isbn && isbn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
