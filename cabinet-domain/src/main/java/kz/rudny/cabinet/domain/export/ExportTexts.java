package kz.rudny.cabinet.domain.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * The words of a printout or export in one language, from the module's own bundle (English is the base file and
 * never the server's language: no fallback to the default locale). {@code text("title", 3)} is MessageFormat.
 */
public final class ExportTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private ExportTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code baseName} (e.g. {@code kz.rudny.cabinet.events.plan.control.plan-export}) in the language. */
    public static ExportTexts of(String baseName, Language language, ClassLoader loader) {
        Locale locale = language.locale();
        return new ExportTexts(ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** Whether the bundle names the key (a figure's key that a report labels, or shows as it is). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
