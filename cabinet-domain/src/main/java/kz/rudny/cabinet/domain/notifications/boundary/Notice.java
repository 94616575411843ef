package kz.rudny.cabinet.domain.notifications.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a notification says and where it leads: a message key of the notices bundle
 * ({@code kz/rudny/cabinet/domain/notifications/notices*.properties}), its arguments (shown as they are, e.g. a
 * title), and a link inside the application ({@code /library/material.xhtml?id=7}). The text is rendered in the
 * reader's language when it is read or mailed, so the key, not a text, is what is kept.
 *
 * <p>Refused with {@link IllegalArgumentException}: a key that is not a key, and a link that is not a path of this
 * application (it must start with one {@code /}; {@code //host}, {@code https://…}, backslashes, spaces and control
 * characters are refused, so a notification can never send a person to another site).
 */
public record Notice(String key, List<String> args, String link) {

    public static final int MAX_KEY = 100;
    public static final int MAX_ARG = 500;
    public static final int MAX_LINK = 500;
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    public Notice {
        Objects.requireNonNull(key, "key");
        if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a message key: " + key);
        }
        List<String> kept = new ArrayList<>();
        for (String arg : args == null ? List.<String>of() : args) {
            kept.add(argument(arg));
        }
        args = List.copyOf(kept);
        if (link != null && !isApplicationPath(link)) {
            throw new IllegalArgumentException("Not a path of this application: " + link);
        }
    }

    /** A notice with its key and arguments (each shown as its {@code toString()}), linking nowhere yet. */
    public static Notice about(String key, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object arg : args) {
            texts.add(arg == null ? "" : arg.toString());
        }
        return new Notice(key, texts, null);
    }

    /** The same notice leading to a path of the application. */
    public Notice linkingTo(String path) {
        return new Notice(key, args, path);
    }

    /** Whether the text is a path of this application: one leading slash, no scheme, no host, nothing odd. */
    public static boolean isApplicationPath(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LINK || link.charAt(0) != '/') {
            return false;
        }
        if (link.length() > 1 && (link.charAt(1) == '/' || link.charAt(1) == '\\')) {
            return false;
        }
        return link.chars().noneMatch(c -> c <= ' ' || c == '\\' || c == 0x7F || Character.isWhitespace(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static String argument(String arg) {
        String text = arg == null ? "" : arg.replace('\u001F', ' ');
        return text.length() <= MAX_ARG ? text : text.substring(0, MAX_ARG - 1) + "…";
    }
}
