package kz.rudny.cabinet.library.index.bench;

import java.util.Random;

/**
 * Declines Russian nouns and adjectives of the commonest paradigms for the benchmark's generated text,
 * from a dictionary form: hard masculine nouns (урок), feminine in -а (задача), in -ия (технология),
 * neuter in -ие (занятие), adjectives in -ый (открытый) and -кий (методический).
 */
final class RussianInflection {

    private static final String[] HARD_MASCULINE = {"", "а", "у", "ом", "е", "Ы", "ов", "ам", "ами", "ах"};
    private static final String[] FEMININE_A = {"а", "Ы", "е", "у", "ой", "ам", "ами", "ах"};
    private static final String[] FEMININE_IYA = {"ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях"};
    private static final String[] NEUTER_IE = {"ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"};
    private static final String[] ADJECTIVE_HARD = {"ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"};
    private static final String[] ADJECTIVE_K = {"ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"};

    private RussianInflection() {
    }

    /** A random form of the word, or the word itself when its paradigm is not one of these. */
    static String inflect(String word, Random random) {
        if (word.endsWith("кий")) {
            return stem(word, 2) + pick(ADJECTIVE_K, random);
        }
        if (word.endsWith("ый")) {
            return stem(word, 2) + pick(ADJECTIVE_HARD, random);
        }
        if (word.endsWith("ия")) {
            return stem(word, 2) + pick(FEMININE_IYA, random);
        }
        if (word.endsWith("ие")) {
            return stem(word, 2) + pick(NEUTER_IE, random);
        }
        if (word.endsWith("а")) {
            return plural(stem(word, 1), pick(FEMININE_A, random));
        }
        if (!"аеёиоуыэюяйь".contains(word.substring(word.length() - 1))) {
            return plural(word, pick(HARD_MASCULINE, random));
        }
        return word;
    }

    /** "Ы" stands for the plural -ы, written -и after к, г, х, ж, ш, ч, щ. */
    private static String plural(String stem, String ending) {
        if (!ending.equals("Ы")) {
            return stem + ending;
        }
        return stem + ("кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы");
    }

    private static String stem(String word, int ending) {
        return word.substring(0, word.length() - ending);
    }

    private static String pick(String[] endings, Random random) {
        return endings[random.nextInt(endings.length)];
    }
}
