package kz.rudny.cabinet.domain.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.people.boundary.Language;
import org.junit.jupiter.api.Test;

class NoticeTextsTest {

    @Test
    void aNoticeIsRenderedInTheReadersLanguageWithItsArguments() {
        List<String> args = List.of("Бөлшектер: сабақ жоспары");
        assertEquals("«Бөлшектер: сабақ жоспары» материалыңыз мақұлданып, мектепте жарияланды.",
                NoticeTexts.render("notice.material.approved", args, Language.KK));
        assertEquals("Ваш материал «Бөлшектер: сабақ жоспары» одобрен и опубликован в школе.",
                NoticeTexts.render("notice.material.approved", args, Language.RU));
        assertEquals("Your material «Бөлшектер: сабақ жоспары» was approved and is published in the school.",
                NoticeTexts.render("notice.material.approved", args, Language.EN));
    }

    @Test
    void englishNeverFallsBackToTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertTrue(NoticeTexts.render("notice.welcome", List.of("A"), Language.EN).startsWith("Welcome"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anArgumentIsShownAsItIsEvenWithBracesAndQuotes() {
        assertEquals("Your material «{1} it''s {x}» was returned for changes: ok",
                NoticeTexts.render("notice.material.returned", List.of("{1} it''s {x}", "ok"), Language.EN));
    }

    @Test
    void anUnknownKeyShowsItselfRatherThanFailingTheInbox() {
        assertEquals("notice.gone A, B", NoticeTexts.render("notice.gone", List.of("A", "B"), Language.KK));
    }

    @Test
    void everyNoticeHasItsTextInKazakhRussianAndEnglish() {
        Properties en = load("");
        Set<String> keys = new TreeSet<>(en.stringPropertyNames());
        assertTrue(keys.contains("notice.material.approved") && keys.contains("mail.body"), keys::toString);
        List<String> missing = new ArrayList<>();
        for (String language : List.of("kk", "ru")) {
            Properties own = load("_" + language);
            keys.stream().filter(k -> own.getProperty(k) == null || own.getProperty(k).isBlank())
                    .forEach(k -> missing.add(language + ": " + k));
            own.stringPropertyNames().stream().filter(k -> !keys.contains(k)).forEach(k -> missing.add("en: " + k));
        }
        assertEquals(List.of(), missing);
    }

    private static Properties load(String suffix) {
        String name = "/" + NoticeTexts.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = NoticeTexts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
