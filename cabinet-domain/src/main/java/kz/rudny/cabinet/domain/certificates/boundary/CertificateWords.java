package kz.rudny.cabinet.domain.certificates.boundary;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of a certificate in one language, from the bundle {@value #BUNDLE} (English base, Kazakh and
 * Russian beside it, all UTF-8). A language without its own file gets the English base, never the server's
 * default locale. Placeholders are written {@code {name}} and filled by {@link #text(String, Map)}; no
 * {@link java.text.MessageFormat}, so an apostrophe in a translation needs no escaping.
 */
final class CertificateWords {

    static final String BUNDLE = "kz.rudny.cabinet.domain.certificates.certificate";

    private final ResourceBundle bundle;

    private CertificateWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static CertificateWords in(Locale language) {
        return new CertificateWords(ResourceBundle.getBundle(BUNDLE, language == null ? Locale.ROOT : language,
                CertificateWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language the words are really in: the bundle's own locale, empty for the English base. */
    String languageTag() {
        Locale locale = bundle.getLocale();
        return locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
    }

    String text(String key) {
        return bundle.getString(key);
    }

    /** The text of the key with each {@code {name}} replaced by its value. */
    String text(String key, Map<String, String> values) {
        String text = bundle.getString(key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
