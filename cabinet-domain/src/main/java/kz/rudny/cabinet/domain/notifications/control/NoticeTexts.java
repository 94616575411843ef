package kz.rudny.cabinet.domain.notifications.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * Renders a notice in a language from the notices bundle ({@code kz/rudny/cabinet/domain/notifications/notices}):
 * the inbox when it is read, the mail when it is sent. The bundle lives in the domain, beside the sending code,
 * because the mail is written without any page; every module's notice keys are there (as every module's
 * validation messages are in the domain's ValidationMessages).
 */
public final class NoticeTexts {

    public static final String BUNDLE = "kz.rudny.cabinet.domain.notifications.notices";
    /** The JVM's own locale is never a fallback: English is the base file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NoticeTexts() {
    }

    /** The notice's text; a key the bundle lacks shows as itself rather than failing the inbox. */
    public static String render(String key, List<String> args, Language language) {
        try {
            String pattern = bundle(language).getString(key);
            return new MessageFormat(pattern, language.locale()).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + String.join(", ", args));
        }
    }

    /** A fixed text of the bundle (the mail's subject and footer). */
    public static String text(String key, Language language, Object... args) {
        String pattern = bundle(language).getString(key);
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NoticeTexts.class.getClassLoader(), NO_FALLBACK);
    }
}
