package kz.rudny.cabinet.library.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.catalogue.boundary.Isbn;
import org.junit.jupiter.api.Test;

/** The demo catalogue is a clean import file: every kind of holding, both languages, valid ISBNs, the titles lent. */
class DemoCatalogueFileTest {

    @Test
    void theDemoCatalogueReadsCleanlyThroughTheImport() throws Exception {
        ImportResult result;
        try (InputStream in = CatalogueDemo.class.getResourceAsStream(CatalogueDemo.CATALOGUE)) {
            result = CatalogueSheet.read(in);
        }
        assertEquals(List.of(), result.refusals());
        assertEquals(List.of(), result.ignoredHeaders());
        List<ImportedTitle> titles = result.taken();
        assertTrue(titles.size() >= 30, "a few dozen titles: " + titles.size());
        assertEquals(EnumSet.allOf(HoldingType.class), EnumSet.copyOf(titles.stream().map(t -> t.title().getType()).toList()));
        assertEquals(EnumSet.of(Language.KK, Language.RU), EnumSet.copyOf(titles.stream().map(t -> t.title().getLanguage()).toList()));
        Set<String> numbers = new HashSet<>();
        for (ImportedTitle t : titles) {
            String isbn = t.title().getIsbn();
            if (t.title().getType() == HoldingType.PERIODICAL) {
                assertEquals(null, isbn, "periodicals have an ISSN, not an ISBN: " + t.title().getTitle());
            } else {
                assertTrue(isbn != null && Isbn.parse(isbn).isPresent(), t.title().getTitle());
            }
            assertTrue(!t.inventoryNumbers().isEmpty(), t.title().getTitle());
            t.inventoryNumbers().forEach(n -> assertTrue(numbers.add(n), "inventory number twice: " + n));
        }
        Set<String> names = new HashSet<>(titles.stream().map(t -> t.title().getTitle()).toList());
        for (String lent : List.of("Қазақ тілінің орфографиялық сөздігі", "Формативное оценивание на уроках математики",
                "Педагогическая психология", "Толковый словарь русского языка",
                "Lesson Study: исследование урока. Методическое пособие")) {
            assertTrue(names.contains(lent), lent);
        }
        assertEquals(1, titles.stream().filter(t -> t.title().getTitle().startsWith("Lesson Study")).findFirst()
                .orElseThrow().inventoryNumbers().size(), "the reserved title has one copy, out on loan");
    }
}
