package kz.rudny.cabinet.domain.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Kazakh and Russian letters in Latin ones, for what must be ASCII: a download's fallback file name, a
 * generated username. One simple spelling per letter (ә→a, ғ→gh, қ→q, ң→ng, ө→o, ұ/ү→u, һ→h, і→i; ж→zh,
 * х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→yu, я→ya; ъ and ь vanish).
 */
public final class Transliteration {

    private static final Map<Character, String> LATIN = latin();

    private Transliteration() {
    }

    /** The Latin spelling of a Kazakh or Russian letter (capitalised for a capital), or null for any other character. */
    public static String latin(char c) {
        String latin = LATIN.get(Character.toLowerCase(c));
        if (latin == null || latin.isEmpty() || !Character.isUpperCase(c)) {
            return latin;
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    /** The text with every Kazakh and Russian letter in Latin; other characters unchanged. */
    public static String toLatin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String latin = latin(text.charAt(i));
            out.append(latin == null ? String.valueOf(text.charAt(i)) : latin);
        }
        return out.toString();
    }

    private static Map<Character, String> latin() {
        String[] pairs = {"а", "a", "ә", "a", "б", "b", "в", "v", "г", "g", "ғ", "gh", "д", "d", "е", "e", "ё", "yo",
            "ж", "zh", "з", "z", "и", "i", "й", "y", "к", "k", "қ", "q", "л", "l", "м", "m", "н", "n", "ң", "ng",
            "о", "o", "ө", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ұ", "u", "ү", "u", "ф", "f",
            "х", "kh", "һ", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "і", "i", "ь", "",
            "э", "e", "ю", "yu", "я", "ya"};
        Map<Character, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
