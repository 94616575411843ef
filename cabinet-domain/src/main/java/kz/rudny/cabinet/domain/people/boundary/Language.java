package kz.rudny.cabinet.domain.people.boundary;

import java.util.Locale;
import java.util.Optional;

/** The interface languages: Kazakh, Russian, English. */
public enum Language {
    KK, RU, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
