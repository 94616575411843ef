package kz.rudny.cabinet.web.support;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up visible text in the person's language: interface texts and the domain's validation messages. */
public final class Texts {

    public static final String UI = "kz.rudny.cabinet.web.messages";
    /** Messages of refused input, shared by Bean Validation and the boundaries' InvalidInputException. */
    public static final String VALIDATION = "ValidationMessages";

    private Texts() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("kk");
    }

    public static String ui(String key, Object... args) {
        return text(UI, locale(), key, args);
    }

    public static String validation(String key, Object... args) {
        return text(VALIDATION, locale(), key, args);
    }

    /** An interface text in the given language (outside Faces: the REST API). */
    public static String ui(Locale locale, String key, Object... args) {
        return text(UI, locale, key, args);
    }

    /** A validation message in the given language (outside Faces: the REST API). */
    public static String validation(Locale locale, String key, Object... args) {
        return text(VALIDATION, locale, key, args);
    }

    private static String text(String bundle, Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader())
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
