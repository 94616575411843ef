package kz.rudny.cabinet.library.catalogue.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;

/**
 * The words an imported catalogue may use for a language or a holding type, in Kazakh, Russian and
 * English, besides the codes ({@code kk}, {@code ru}, {@code en}) and the {@link HoldingType} names.
 * Compared ignoring case, ё/е, repeated spaces, {@code _} for a space and a trailing full stop.
 */
final class ImportWords {

    private static final Map<String, Language> LANGUAGES = new HashMap<>();
    private static final Map<String, HoldingType> TYPES = new HashMap<>();

    static {
        languages(Language.KK, "kk", "kz", "kaz", "kazakh", "қазақ", "қазақша", "қазақ тілі", "қаз", "казахский",
                "казахский язык", "каз", "казах");
        languages(Language.RU, "ru", "rus", "russian", "русский", "русский язык", "рус", "орыс", "орысша",
                "орыс тілі");
        languages(Language.EN, "en", "eng", "english", "английский", "английский язык", "англ", "ағылшын",
                "ағылшынша", "ағылшын тілі");
        types(HoldingType.METHODICAL_GUIDELINE, "methodical guideline", "methodical guidelines",
                "methodological recommendations", "методические рекомендации", "методическая рекомендация",
                "методическое пособие", "әдістемелік нұсқаулар", "әдістемелік нұсқау", "әдістемелік ұсыныстар",
                "әдістемелік құрал");
        types(HoldingType.LITERATURE, "literature", "book", "литература", "книга", "әдебиет", "кітап");
        types(HoldingType.REFERENCE_BOOK, "reference book", "reference", "справочник", "справочное издание",
                "анықтамалық");
        types(HoldingType.DICTIONARY, "dictionary", "словарь", "сөздік");
        types(HoldingType.SCIENTIFIC_METHODICAL_PUBLICATION, "scientific methodical publication",
                "scientific-methodical publication", "научно-методическое издание", "научно-методическое пособие",
                "ғылыми-әдістемелік басылым", "ғылыми-әдістемелік құрал");
        types(HoldingType.PERIODICAL, "periodical", "periodicals", "journal", "magazine", "newspaper", "периодика",
                "периодическое издание", "журнал", "газета", "мерзімді басылым", "газет");
    }

    private ImportWords() {
    }

    static Optional<Language> language(String text) {
        return Optional.ofNullable(LANGUAGES.get(normalise(text)));
    }

    static Optional<HoldingType> type(String text) {
        return Optional.ofNullable(TYPES.get(normalise(text)));
    }

    private static void languages(Language language, String... words) {
        for (String word : words) {
            LANGUAGES.put(normalise(word), language);
        }
    }

    private static void types(HoldingType type, String... words) {
        TYPES.put(normalise(type.name()), type);
        for (String word : words) {
            TYPES.put(normalise(word), type);
        }
    }

    static String normalise(String text) {
        String lower = text.replace('\u00A0', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("\\.+\\s*$", "").replaceAll("\\s+", " ").strip();
    }
}
