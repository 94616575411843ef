package kz.rudny.cabinet.library.index.bench;

import java.util.Random;

/**
 * Inflects Kazakh nouns for the benchmark's generated text: root + optional plural + optional possessive +
 * optional case, with vowel harmony, the consonant variants of each ending and the voicing of a final
 * қ/к/п before a vowel (сабақ → сабағы). Good enough to give the index realistic word forms, not a grammar.
 */
final class KazakhInflection {

    private static final String BACK = "аоұыя";
    private static final String FRONT = "әөүіеэ";
    private static final String VOWELS = "аоұыяәөүіеэюё";
    private static final String VOICELESS = "кқпстфхцчшщ";

    private KazakhInflection() {
    }

    /** A random form of the noun: the bare root about a quarter of the time. */
    static String inflect(String root, Random random) {
        if (random.nextInt(4) == 0) {
            return root;
        }
        String word = root;
        if (random.nextInt(3) == 0) {
            word = plural(word);
        }
        int possessive = random.nextInt(5);
        if (possessive == 0) {
            word = thirdPerson(word);
            return random.nextBoolean() ? word : afterPossessive(word, random.nextInt(6));
        }
        if (possessive == 1) {
            word = firstPlural(word);
        }
        return random.nextInt(4) == 0 ? word : caseEnding(word, random.nextInt(7));
    }

    static String plural(String word) {
        char last = last(word);
        String consonant = isVowel(last) || "рйу".indexOf(last) >= 0 ? "л" : "лмнңжз".indexOf(last) >= 0 ? "д" : "т";
        return word + consonant + (back(word) ? "ар" : "ер");
    }

    static String thirdPerson(String word) {
        return isVowel(last(word)) ? word + (back(word) ? "сы" : "сі") : voice(word) + (back(word) ? "ы" : "і");
    }

    static String firstPlural(String word) {
        return isVowel(last(word)) ? word + (back(word) ? "мыз" : "міз") : voice(word) + (back(word) ? "ымыз" : "іміз");
    }

    /** Cases after the 3rd-person possessive take an н: мектебі-нде, сабағы-на. */
    private static String afterPossessive(String word, int which) {
        boolean back = back(word);
        return word + switch (which) {
            case 0 -> back ? "ның" : "нің";
            case 1 -> back ? "на" : "не";
            case 2 -> back ? "нда" : "нде";
            case 3 -> back ? "нан" : "нен";
            case 4 -> "н";
            default -> "мен";
        };
    }

    private static String caseEnding(String word, int which) {
        boolean back = back(word);
        char last = last(word);
        boolean vowel = isVowel(last);
        boolean voiceless = VOICELESS.indexOf(last) >= 0;
        boolean nasal = "мнң".indexOf(last) >= 0;
        return switch (which) {
            case 0 -> word + (vowel || nasal ? "н" : voiceless ? "т" : "д") + (back ? "ың" : "ің");
            case 1 -> word + (voiceless ? (back ? "қа" : "ке") : (back ? "ға" : "ге"));
            case 2 -> word + (voiceless ? "т" : "д") + (back ? "а" : "е");
            case 3 -> word + (nasal ? "н" : voiceless ? "т" : "д") + (back ? "ан" : "ен");
            case 4 -> word + (vowel ? "н" : voiceless ? "т" : "д") + (back ? "ы" : "і");
            case 5 -> word + (voiceless ? "пен" : "жз".indexOf(last) >= 0 ? "бен" : "мен");
            default -> word + (voiceless ? "т" : "д") + (back ? "ағы" : "егі");
        };
    }

    private static String voice(String word) {
        char last = last(word);
        String stem = word.substring(0, word.length() - 1);
        return switch (last) {
            case 'қ' -> stem + 'ғ';
            case 'к' -> stem + 'г';
            case 'п' -> stem + 'б';
            default -> word;
        };
    }

    private static boolean back(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (BACK.indexOf(c) >= 0) {
                return true;
            }
            if (FRONT.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static char last(String word) {
        return word.charAt(word.length() - 1);
    }
}
