package kz.rudny.cabinet.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void kazakhAndRussianLettersBecomeLatinWithTheirCapitals() {
        assertEquals("Akhmetova Lazzat Shakirqyzy", Transliteration.toLatin("Ахметова Ләззат Шәкірқызы"));
        assertEquals("Nurghaliev Asqar", Transliteration.toLatin("Нұрғалиев Асқар"));
        assertEquals("Shchukina Yuliya, Obed", Transliteration.toLatin("Щукина Юлия, Объед"));
        assertEquals("Zh", Transliteration.latin('Ж'));
        assertEquals("", Transliteration.latin('ь'));
        assertNull(Transliteration.latin('x'));
        assertEquals("file-2.pdf", Transliteration.toLatin("file-2.pdf"), "other characters stay");
    }
}
