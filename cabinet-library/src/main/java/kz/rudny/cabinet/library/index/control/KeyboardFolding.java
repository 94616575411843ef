package kz.rudny.cabinet.library.index.control;

/**
 * Maps the Kazakh-only letters to the Russian letters people type in their place on a Russian keyboard
 * (қ → к, ө → о, і → и ...), and ё to е as Russian texts usually omit its dots. Applied to stems on both
 * the indexed and the query side, so сабак finds сабақтар. It merges a few Kazakh pairs (қол "hand" and
 * кол), which the search accepts for the sake of those typing without a Kazakh layout.
 */
public final class KeyboardFolding {

    private static final String FROM = "әғқңөұүһіёӘҒҚҢӨҰҮҺІЁ";
    private static final String TO = "агкноуухиеАГКНОУУХИЕ";

    private KeyboardFolding() {
    }

    public static String fold(String text) {
        char[] chars = text.toCharArray();
        fold(chars, chars.length);
        return new String(chars);
    }

    /** Folds the first {@code length} characters in place (one letter to one letter, so lengths stay). */
    public static void fold(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            int at = FROM.indexOf(chars[i]);
            if (at >= 0) {
                chars[i] = TO.charAt(at);
            }
        }
    }
}
