package kz.rudny.cabinet.library.index.control;

/** Letter classes of the Kazakh Cyrillic alphabet that the stemmer's ending rules are written in. */
final class KazakhLetters {

    /** The nine letters Kazakh has and Russian has not; a word with one of them is Kazakh. */
    static final String KAZAKH_SPECIFIC = "әғқңөұүһі";

    private static final String BACK_VOWELS = "аоұыя";
    private static final String FRONT_VOWELS = "әөүіеэ";
    /** у and и are glides (уw, ый/ій) and ю, ё occur in loans: they say nothing about harmony. */
    private static final String NEUTRAL_VOWELS = "иуюё";
    /** Vowels for choosing an ending's variant; у and и behave as consonants there (оқуды, оқудың). */
    private static final String VOWELS = "аоұыяәөүіеэюё";
    /** б в г д end only loans and take the voiceless variants like the true voiceless letters (клубтар). */
    private static final String VOICELESS = "кқпстфхцчшщһбвгд";

    private KazakhLetters() {
    }

    static boolean isVowel(int c) {
        return VOWELS.indexOf(c) >= 0;
    }

    static boolean isVoiceless(int c) {
        return VOICELESS.indexOf(c) >= 0;
    }

    static boolean isKazakhSpecific(int c) {
        return KAZAKH_SPECIFIC.indexOf(c) >= 0;
    }

    static boolean hasKazakhSpecific(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (isKazakhSpecific(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when every character is a Cyrillic letter, so that Cyrillic ending rules make sense. */
    static boolean isCyrillicWord(CharSequence word) {
        if (word.length() == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an ending may follow a stem by vowel harmony: a back ending (а, ы) needs a back last vowel,
     * a front one (е, і) a front last vowel. A neutral last vowel accepts both, because people typing with
     * Russian letters write и for і and у for ұ/ү, and loans end in и, у.
     */
    static boolean harmonises(CharSequence stem, String ending) {
        Boolean endingBack = backness(ending);
        if (endingBack == null) {
            return true;
        }
        for (int i = stem.length() - 1; i >= 0; i--) {
            char c = stem.charAt(i);
            if (NEUTRAL_VOWELS.indexOf(c) >= 0) {
                return true;
            }
            if (BACK_VOWELS.indexOf(c) >= 0) {
                return endingBack;
            }
            if (FRONT_VOWELS.indexOf(c) >= 0) {
                return !endingBack;
            }
        }
        return false;
    }

    /** TRUE for a back ending, FALSE for a front one, null for one without a harmonising vowel (мен, н). */
    private static Boolean backness(String ending) {
        for (int i = 0; i < ending.length(); i++) {
            char c = ending.charAt(i);
            if (BACK_VOWELS.indexOf(c) >= 0) {
                return Boolean.TRUE;
            }
            if (FRONT_VOWELS.indexOf(c) >= 0) {
                return Boolean.FALSE;
            }
        }
        return null;
    }
}
