package kz.rudny.cabinet.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.web.layout.LanguageChoice;

/** Looks up visible text in the person's language: interface texts and the domain's validation messages. */
public final class Texts {

    public static final String UI = "kz.rudny.cabinet.web.messages";
    /** Messages of refused input, shared by Bean Validation and the boundaries' InvalidInputException. */
    public static final String VALIDATION = "ValidationMessages";

    private static final String LANGUAGE = Texts.class.getName() + ".language";

    private Texts() {
    }

    /**
     * The person's language (LanguageChoice) in a request of a page, also before the page's view has its locale
     * (a view action of a GET runs before {@code f:view} sets it); outside a request of a page, the configured
     * default.
     */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            // the bean (its proxy) looked up once per request: a page asks for many texts (2-3 % of a page's time)
            return ((LanguageChoice) faces.getAttributes().computeIfAbsent(LANGUAGE,
                    k -> CDI.current().select(LanguageChoice.class).get())).getLocale();
        }
        return CDI.current().select(Settings.class).get().defaultLanguage().locale();
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
            // A text with arguments is a MessageFormat pattern (an apostrophe doubled: "{0}''s"), one without is
            // shown as written (an apostrophe single: "the school's").
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
