package kz.rudny.cabinet.domain.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.Role;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyChangedFieldsAreNotedWithTheirValuesBeforeAndAfter() {
        Changes changes = Changes.describe().field(DomainField.FULL_NAME, "Ахметова Л.", "Ахметова Ләззат")
                .field(DomainField.JOB_TITLE, "Физика", "Физика").field(DomainField.CAREER_START_YEAR, null, 2024);
        assertEquals(List.of(
                new AuditChangeView("FULL_NAME", AuditValueKind.TEXT, true, "Ахметова Л.", "Ахметова Ләззат"),
                new AuditChangeView("CAREER_START_YEAR", AuditValueKind.TEXT, true, null, "2024")), changes.list());
    }

    @Test
    void enumConstantsAreKeptAsTheirMessageKeysNotAsWords() {
        Changes changes = Changes.describe().field(DomainField.LANGUAGE, Language.KK, Language.RU)
                .field(DomainField.ROLES, new TreeSet<>(Set.of(Role.TEACHER)), Set.of(Role.MENTOR, Role.TEACHER))
                .value(DomainField.CAMBRIDGE_COURSES, true);
        assertEquals(List.of(
                new AuditChangeView("LANGUAGE", AuditValueKind.KEY, true, "language.KK", "language.RU"),
                new AuditChangeView("ROLES", AuditValueKind.KEY, true, "role.TEACHER", "role.MENTOR,role.TEACHER"),
                new AuditChangeView("CAMBRIDGE_COURSES", AuditValueKind.FLAG, false, null, "true")), changes.list());
    }

    @Test
    void aRoleTakenAwayEntirelyIsStillAKey() {
        Changes changes = Changes.describe().field(DomainField.ROLES, Set.of(Role.MENTOR), Set.of());
        assertEquals(new AuditChangeView("ROLES", AuditValueKind.KEY, true, "role.MENTOR", ""), changes.list().get(0));
    }

    @Test
    void subjectsAreKeptByIdAndDatesAsDates() {
        Changes changes = Changes.describe().subjects(DomainField.SUBJECTS, List.of(3L, 1L), List.of(1L, 3L))
                .subjects(DomainField.SUBJECTS, List.of(1L), List.of(12L, 2L))
                .field(DomainField.NAME, LocalDate.of(2026, 11, 29), null);
        assertEquals(List.of(
                new AuditChangeView("SUBJECTS", AuditValueKind.SUBJECTS, true, "1", "2,12"),
                new AuditChangeView("NAME", AuditValueKind.DATE, true, "2026-11-29", null)), changes.list());
    }

    @Test
    void namesArePeoplesTextJoinedInTheirOrder() {
        Changes changes = Changes.describe().value(DomainField.MEMBERS, List.of("Омарова Ә.", "Ахметов Б."));
        assertEquals("Омарова Ә., Ахметов Б.", changes.list().get(0).after());
    }

    @Test
    void nothingChangedIsEmpty() {
        assertTrue(Changes.describe().field(DomainField.NAME, "x", "x").isEmpty());
    }
}
