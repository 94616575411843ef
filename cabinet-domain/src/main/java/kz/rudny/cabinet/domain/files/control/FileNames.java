package kz.rudny.cabinet.domain.files.control;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What is kept of the file name a browser submitted, for display and for a download's
 * {@code Content-Disposition}; it never reaches the file system. Any folder part is dropped (either
 * separator), as are control and invisible formatting characters (bidirectional overrides among them) and
 * {@code < > : " / \ | ? * ' `}; whitespace becomes single spaces, dots and spaces are trimmed from the
 * ends, letters of every script stay (NFC-normalised), and a long name is cut to {@value #MAX_LENGTH}
 * characters (UTF-16 units, as a database column counts them, never half a pair) keeping its extension.
 * When nothing is left the name is {@code file}, with the extension if there was one.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 150;

    private static final String FALLBACK = "file";
    private static final String FORBIDDEN = "<>:\"/\\|?*'`";
    private static final int MAX_EXTENSION_LENGTH = 8;

    private FileNames() {
    }

    public static String clean(String submitted) {
        if (submitted == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = keptCharacters(name).strip();
        String extension = extension(name);
        String stem = trimDotsAndSpaces(withoutExtension(name, extension));
        int room = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
        if (stem.length() > room) {
            int cut = Character.isHighSurrogate(stem.charAt(room - 1)) ? room - 1 : room;
            stem = trimDotsAndSpaces(stem.substring(0, cut));
        }
        return (stem.isEmpty() ? FALLBACK : stem) + (extension.isEmpty() ? "" : "." + extension);
    }

    /**
     * The cleaned name ending in an extension of the kind: a right extension (any case; {@code .jpeg} and
     * {@code .jpg} alike) is kept, another file extension is replaced, and otherwise the kind's
     * extension is added. A suffix counts as an extension when it is 1 to 5 ASCII letters and
     * digits with a letter, all of one case ({@code report.EXE}, not {@code Dr.Smith} or {@code 5.1}).
     */
    public static String withExtension(String cleaned, FileKind kind) {
        String name = clean(cleaned);
        String extension = extension(name);
        if (!extension.isEmpty() && kind.acceptsExtension(extension)) {
            return name;
        }
        String stem = looksLikeFileExtension(extension) ? withoutExtension(name, extension) : name;
        return clean(stem + "." + kind.extension());
    }

    private static String keptCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!dropped(c)) {
                if (space && !kept.isEmpty()) {
                    kept.append(' ');
                }
                space = false;
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }

    private static boolean dropped(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || FORBIDDEN.indexOf(c) >= 0;
    }

    /** The part after the last dot when it is 1 to 8 ASCII letters and digits, else empty. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String candidate = name.substring(dot + 1);
        if (candidate.isEmpty() || candidate.length() > MAX_EXTENSION_LENGTH) {
            return "";
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return "";
            }
        }
        return candidate;
    }

    private static String withoutExtension(String name, String extension) {
        return extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
    }

    private static boolean looksLikeFileExtension(String extension) {
        return extension.length() <= 5 && extension.chars().anyMatch(Character::isLetter)
                && (extension.equals(extension.toLowerCase(Locale.ROOT))
                        || extension.equals(extension.toUpperCase(Locale.ROOT)));
    }

    private static String trimDotsAndSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '.' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }
}
