package kz.rudny.cabinet.library.index.control;

import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.CONSONANT;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.L_NASAL_ZH_Z;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.L_R_Y_U_ZH_Z;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.NASAL_OR_POSSESSIVE;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.POSSESSIVE;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.SONORANT;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOICED;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOICED_NOT_NASAL;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOICELESS;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOWEL;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOWEL_FOR_SY;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOWEL_OR_NASAL;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOWEL_OR_R_Y_U;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.VOWEL_OR_SONORANT;
import static kz.rudny.cabinet.library.index.control.KazakhEnding.Before.ZH_Z;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Light stemmer for Kazakh nouns, for search (not a morphological analyser). Kazakh stacks endings in a
 * fixed order, stem + plural + possessive + case (сабақ-тар-ымыз-дың), so they are cut from the end in
 * reverse: at most one case, one possessive, one plural ending. Each ending is cut only when the letter
 * before it is one its variant may follow and vowel harmony agrees, and only if enough of the stem remains.
 *
 * <p>Minimum stem: 2 letters for endings of 3+ letters (үй-лер, ана-ның keep the shortest real roots), 3
 * for 1–2-letter endings, which are too often just the end of a word (ата, ұста, ақы), 4 for -ың/-ің
 * (қалың "thick"), 5 before the accusative -н (жалын, бүгін, ойын stay whole).
 *
 * <p>After cutting, two normalisations make every form of a word meet in one stem: a final ы/і after a
 * consonant is dropped (оқушы, оқушылар, оқушысы all give оқуш), and a final б/г/ғ is devoiced to п/к/қ,
 * undoing the voicing before a vowel (мектебі → мектеп, кітабы → кітап, жүрегі → жүрек, құрағы → құрақ).
 * The stem is a search key, not always a dictionary word.
 *
 * <p>Deliberately left out, because they would merge unrelated words: the 1st person singular possessive
 * (-ым/-ім/-м: білім, ғылым, мұғалім, адам end like it), the bare dative -а/-е and -ма/-ме, -ңа/-ңе
 * (бағдарлама, жаңа), and derivational suffixes such as -лық/-лік (оқу "study" vs оқулық "textbook",
 * бас "head" vs бастық "boss"). Words typed with Russian letters are stemmed where the ending is spelled
 * the same (-лар, -дер, -да, -ден, -ге, -мен ...) and in the genitive (-тын for -тың); -ка for -қа or
 * -ин for -ің are not taken, as too many Russian words end so. Input is expected in lower case; words not wholly Cyrillic are returned
 * unchanged.
 */
public final class KazakhStemmer {

    /**
     * Words that look inflected but are not; no cut may shorten a word below one of these it starts with
     * (Қазақстан is not "from Қазақс", тақта "board" not "in тақ"). Add words here when a search misfires.
     */
    private static final Set<String> PROTECTED = Set.of(
            "қазақстан", "казахстан", "түркістан", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан",
            "ауғанстан", "пәкістан", "үндістан", "дастан", "арыстан", "майдан",
            "кесте", "тақта", "пошта", "теңге", "дәптер", "кеңес", "мазмұн", "отан");

    private static final List<KazakhEnding> CASES = longestFirst(
            // genitive
            e("ның", VOWEL_OR_NASAL, 2), e("нің", VOWEL_OR_NASAL, 2),
            e("дың", L_R_Y_U_ZH_Z, 2), e("дің", L_R_Y_U_ZH_Z, 2),
            e("тың", VOICELESS, 2), e("тің", VOICELESS, 2),
            // the genitive as typed on a Russian keyboard (ң → н, і → и): the commonest case in titles
            // (min. 3, so that Russian names such as Ленин stay whole)
            e("нын", VOWEL_OR_NASAL, 3), e("нин", VOWEL_OR_NASAL, 3),
            e("дын", L_R_Y_U_ZH_Z, 3), e("дин", L_R_Y_U_ZH_Z, 3),
            e("тын", VOICELESS, 3), e("тин", VOICELESS, 3),
            // locative + attributive -ғы (мектептегі "at school", Қазақстандағы)
            e("ндағы", POSSESSIVE, 3), e("ндегі", POSSESSIVE, 3),
            e("дағы", VOICED, 2), e("дегі", VOICED, 2), e("тағы", VOICELESS, 2), e("тегі", VOICELESS, 2),
            // ablative
            e("нан", NASAL_OR_POSSESSIVE, 2), e("нен", NASAL_OR_POSSESSIVE, 2),
            e("дан", VOICED_NOT_NASAL, 2), e("ден", VOICED_NOT_NASAL, 2),
            e("тан", VOICELESS, 2), e("тен", VOICELESS, 2),
            // instrumental
            invariant("мен", VOWEL_OR_SONORANT, 2), invariant("бен", ZH_Z, 2), invariant("пен", VOICELESS, 2),
            // locative
            e("нда", POSSESSIVE, 3), e("нде", POSSESSIVE, 3),
            e("да", VOICED, 3), e("де", VOICED, 3), e("та", VOICELESS, 3), e("те", VOICELESS, 3),
            // dative (the bare -а/-е after 1st/2nd person possessives is left out, see class comment)
            e("на", POSSESSIVE, 3), e("не", POSSESSIVE, 3),
            e("ға", VOICED, 3), e("ге", VOICED, 3), e("қа", VOICELESS, 3), e("ке", VOICELESS, 3),
            // accusative
            e("ны", VOWEL, 3), e("ні", VOWEL, 3),
            e("ды", SONORANT, 3), e("ді", SONORANT, 3), e("ты", VOICELESS, 3), e("ті", VOICELESS, 3),
            e("н", POSSESSIVE, 5));

    private static final List<KazakhEnding> POSSESSIVES = longestFirst(
            e("ымыз", CONSONANT, 3), e("іміз", CONSONANT, 3), e("мыз", VOWEL, 3), e("міз", VOWEL, 3),
            e("ыңыз", CONSONANT, 3), e("іңіз", CONSONANT, 3), e("ңыз", VOWEL, 3), e("ңіз", VOWEL, 3),
            e("ың", CONSONANT, 4), e("ің", CONSONANT, 4),
            e("сы", VOWEL_FOR_SY, 3), e("сі", VOWEL_FOR_SY, 3),
            e("ы", CONSONANT, 3), e("і", CONSONANT, 3));

    private static final List<KazakhEnding> PLURALS = longestFirst(
            e("лар", VOWEL_OR_R_Y_U, 2), e("лер", VOWEL_OR_R_Y_U, 2),
            e("дар", L_NASAL_ZH_Z, 2), e("дер", L_NASAL_ZH_Z, 2),
            e("тар", VOICELESS, 2), e("тер", VOICELESS, 2));

    /**
     * The accusative -ны/-ні after a vowel (бала-ны) reads the same as a stem in н plus the possessive -ы/-і
     * (мазмұн-ы, заман-ы); both are common, so {@link #stems} returns both readings.
     */
    private static final Set<String> AMBIGUOUS_ACCUSATIVE = Set.of("ны", "ні");

    private KazakhStemmer() {
    }

    /** The preferred stem of a lower-case word: {@code stems(word).get(0)}. */
    public static String stem(String word) {
        return stems(word).get(0);
    }

    /** One stem, or two when the ending is ambiguous (мазмұны → мазмұ, мазмұн); never empty. */
    public static List<String> stems(String word) {
        if (!KazakhLetters.isCyrillicWord(word)) {
            return List.of(word);
        }
        String primary = stem(word, true);
        String alternative = stem(word, false);
        return primary.equals(alternative) ? List.of(primary) : List.of(primary, alternative);
    }

    private static String stem(String word, boolean vowelAccusative) {
        String s = cutOne(word, CASES, vowelAccusative);
        s = cutOne(s, POSSESSIVES, true);
        s = cutOne(s, PLURALS, true);
        s = dropFinalHighVowel(s);
        return devoiceFinal(s);
    }

    private static String cutOne(String word, List<KazakhEnding> endings, boolean vowelAccusative) {
        for (KazakhEnding ending : endings) {
            if (!vowelAccusative && AMBIGUOUS_ACCUSATIVE.contains(ending.text())) {
                continue;
            }
            int stemLength = ending.cut(word);
            if (stemLength > 0 && !cutsProtected(word, stemLength)) {
                return word.substring(0, stemLength);
            }
        }
        return word;
    }

    /** оқушы → оқуш: so that the stem is the same with or without a following -сы, -лар, -ның. */
    private static String dropFinalHighVowel(String s) {
        int n = s.length();
        if (n >= 4 && (s.charAt(n - 1) == 'ы' || s.charAt(n - 1) == 'і') && !KazakhLetters.isVowel(s.charAt(n - 2))
                && !cutsProtected(s, n - 1)) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Kazakh devoices a final б/г/ғ (мектеб-і → мектеп); applied to every stem so all forms agree. */
    private static String devoiceFinal(String s) {
        int n = s.length();
        if (n < 3) {
            return s;
        }
        char voiceless = switch (s.charAt(n - 1)) {
            case 'б' -> 'п';
            case 'г' -> 'к';
            case 'ғ' -> 'қ';
            default -> 0;
        };
        return voiceless == 0 ? s : s.substring(0, n - 1) + voiceless;
    }

    private static boolean cutsProtected(String word, int stemLength) {
        for (String p : PROTECTED) {
            if (stemLength < p.length() && word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static KazakhEnding e(String text, KazakhEnding.Before before, int minStem) {
        return new KazakhEnding(text, before, minStem, true);
    }

    private static KazakhEnding invariant(String text, KazakhEnding.Before before, int minStem) {
        return new KazakhEnding(text, before, minStem, false);
    }

    private static List<KazakhEnding> longestFirst(KazakhEnding... endings) {
        return Stream.of(endings).sorted(Comparator.comparingInt((KazakhEnding e) -> e.text().length()).reversed())
                .toList();
    }
}
