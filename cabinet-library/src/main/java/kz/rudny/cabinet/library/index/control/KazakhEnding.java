package kz.rudny.cabinet.library.index.control;

import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * One variant of a Kazakh ending: its letters, which letters may stand right before it (consonant
 * assimilation: сабақ-тар but мұғалім-дер, бала-лар) and how many letters must remain. Checking the
 * preceding letter and vowel harmony is what keeps words that merely end like a suffix (сұлтан, парта,
 * компьютер) whole. The instrumental -мен/-бен/-пен has no back variant, so it is not {@code harmonic}.
 */
record KazakhEnding(String text, Before before, int minStem, boolean harmonic) {

    /** Classes of the letter right before an ending, after Kazakh grammar's variant rules. */
    enum Before {
        VOWEL(last(KazakhLetters::isVowel)),
        VOWEL_OR_R_Y_U(last(c -> KazakhLetters.isVowel(c) || "рйуи".indexOf(c) >= 0)),
        L_NASAL_ZH_Z(last(c -> "лмнңжз".indexOf(c) >= 0)),
        VOICELESS(last(KazakhLetters::isVoiceless)),
        VOWEL_OR_NASAL(last(c -> KazakhLetters.isVowel(c) || "мнң".indexOf(c) >= 0)),
        L_R_Y_U_ZH_Z(last(c -> "лрйуижз".indexOf(c) >= 0)),
        VOICED(last(c -> KazakhLetters.isVowel(c) || "лрйуимнңжз".indexOf(c) >= 0)),
        VOICED_NOT_NASAL(last(c -> KazakhLetters.isVowel(c) || "лрйуижз".indexOf(c) >= 0)),
        NASAL_OR_POSSESSIVE(last(c -> "мнңыі".indexOf(c) >= 0)),
        /** The 3rd-person possessive ы/і, after which cases take an н (мектебі-нде, сабағы-на). */
        POSSESSIVE(last(c -> c == 'ы' || c == 'і')),
        SONORANT(last(c -> "лрйуимнңжз".indexOf(c) >= 0)),
        VOWEL_OR_SONORANT(last(c -> KazakhLetters.isVowel(c) || "лрйуимнң".indexOf(c) >= 0)),
        ZH_Z(last(c -> c == 'ж' || c == 'з')),
        CONSONANT(last(c -> !KazakhLetters.isVowel(c))),
        /**
         * For the possessive -сы/-сі: a vowel, but ы/і only in agent nouns in -шы/-ші (оқушы-сы). Otherwise
         * -ысы/-ісі is a stem in с plus -ы/-і (жұмыс-ы, әдіс-і, барыс-ы), which is far more common.
         */
        VOWEL_FOR_SY(stem -> {
            char c = stem.charAt(stem.length() - 1);
            if (c == 'ы' || c == 'і') {
                return stem.length() >= 2 && stem.charAt(stem.length() - 2) == 'ш';
            }
            return KazakhLetters.isVowel(c);
        });

        private final Predicate<String> test;

        Before(Predicate<String> test) {
            this.test = test;
        }

        private static Predicate<String> last(IntPredicate letter) {
            return stem -> letter.test(stem.charAt(stem.length() - 1));
        }

        boolean accepts(String stem) {
            return test.test(stem);
        }
    }

    /** Length of the stem left when this ending is cut from word, or -1 if it may not be cut. */
    int cut(String word) {
        int stemLength = word.length() - text.length();
        if (stemLength < minStem || !word.endsWith(text)) {
            return -1;
        }
        String stem = word.substring(0, stemLength);
        if (!before.accepts(stem) || harmonic && !KazakhLetters.harmonises(stem, text)) {
            return -1;
        }
        return stemLength;
    }
}
