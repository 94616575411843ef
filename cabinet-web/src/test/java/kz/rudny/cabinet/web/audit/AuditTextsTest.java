package kz.rudny.cabinet.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.boundary.AuditChangeView;
import kz.rudny.cabinet.domain.audit.boundary.AuditEntryView;
import kz.rudny.cabinet.domain.audit.boundary.AuditValueKind;
import org.junit.jupiter.api.Test;

/** An audit entry reads in the reader's language: field names, enum values, subjects, dates and flags. */
class AuditTextsTest {

    private static final List<AuditChangeView> CHANGES = List.of(
            new AuditChangeView("FULL_NAME", AuditValueKind.TEXT, true, "Ахметова Л.", "Ахметова Ләззат"),
            new AuditChangeView("ROLES", AuditValueKind.KEY, true, "role.TEACHER", "role.MENTOR,role.TEACHER"),
            new AuditChangeView("SUBJECTS", AuditValueKind.SUBJECTS, true, "", "7"),
            new AuditChangeView("CAMBRIDGE_COURSES", AuditValueKind.FLAG, false, null, "true"),
            new AuditChangeView("DUE_DATE", AuditValueKind.DATE, false, null, "2026-12-27"));

    private static AuditEntryView entry(List<AuditChangeView> changes, String details) {
        return new AuditEntryView(1, LocalDateTime.of(2026, 11, 29, 10, 0), "Әдіскер (s7.methodologist)",
                "STAFF_UPDATED", "StaffMember", 5L, details, changes);
    }

    @Test
    void kazakhReadersSeeKazakhFieldNamesAndValues() {
        assertEquals(List.of("Аты-жөні: «Ахметова Л.» → «Ахметова Ләззат»",
                        "Рөлдер: «Мұғалім» → «Тәлімгер, Мұғалім»",
                        "Пәндер: — → «Физика»",
                        "Кембридж бағдарламасы бойынша деңгейлік курстан өткен: «Иә»",
                        "Қайтару мерзімі: «27.12.2026»"),
                new AuditTexts(Locale.forLanguageTag("kk"), Map.of(7L, "Физика")).lines(entry(CHANGES, null)));
    }

    @Test
    void russianReadersSeeRussian() {
        assertEquals("Роли: «Учитель» → «Наставник, Учитель»",
                new AuditTexts(Locale.forLanguageTag("ru"), Map.of()).lines(entry(CHANGES, null)).get(1));
    }

    @Test
    void anEntryFromBeforeTheTrailWasStructuredShowsItsTextAsWritten() {
        assertEquals(List.of("fullName: «A» → «B»"),
                new AuditTexts(Locale.forLanguageTag("ru"), Map.of()).lines(entry(List.of(), "fullName: «A» → «B»")));
    }
}
