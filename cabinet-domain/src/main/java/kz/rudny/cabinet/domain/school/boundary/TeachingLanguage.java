package kz.rudny.cabinet.domain.school.boundary;

import kz.rudny.cabinet.domain.people.boundary.Language;

/** The language a school teaches in; it decides the default interface language of its people. */
public enum TeachingLanguage {
    KAZAKH(Language.KK), RUSSIAN(Language.RU), MIXED(Language.KK);

    private final Language defaultLanguage;

    TeachingLanguage(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }
}
