package kz.rudny.cabinet.library.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyboardFoldingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ә, а", "ғ, г", "қ, к", "ң, н", "ө, о", "ұ, у", "ү, у", "һ, х", "і, и", "ё, е",
            "Қ, К", "Ә, А", "І, И",
            "сабақ, сабак", "мұғалім, мугалим", "өнер, онер", "үй, уй", "ёлка, елка",
            "урок, урок", "school, school", "2024, 2024"})
    void foldsToRussianKeyboardLetters(String text, String folded) {
        assertEquals(folded, KeyboardFolding.fold(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Қазақстандағы білім", "әғқңөұүһіё"})
    void keepsLength(String text) {
        assertEquals(text.length(), KeyboardFolding.fold(text).length());
    }
}
