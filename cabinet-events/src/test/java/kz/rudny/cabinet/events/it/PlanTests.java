package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.audit.boundary.AuditEntryView;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.events.plan.boundary.ExecutionForm;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.events.plan.boundary.ExportLayout;
import kz.rudny.cabinet.events.plan.boundary.PlanFromSources;
import kz.rudny.cabinet.events.plan.boundary.PlanItemForm;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanSource;
import kz.rudny.cabinet.events.plan.boundary.PlanView;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import org.junit.jupiter.api.Test;

/**
 * The annual methodical plan on a real server and database, as the real people of the demo schools: the demo
 * plan in every state, the methodologist keeping items, marks of execution and overdue items, next year's plan
 * started from this one, other features' items through {@link PlanFromSources}, bad input refused by field with
 * nothing stored, and another school's items out of reach. Tests that need an empty plan use a year of their
 * own, far ahead; those that mark items held use the current year (a held day cannot be in the future).
 *
 * <p>Run in the container by {@link EventsSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface PlanTests {

    static final String METHODOLOGIST = "s12.methodologist";
    static final String TEACHER = "s12.teacher";
    static final String HEAD = "s12.head";
    static final String OTHER_METHODOLOGIST = "g3.methodologist";

    Callers callers();

    Plans plans();

    PlanFromSources fromSources();

    Profile profile();

    AuditTrail audit();

    TestDatabase database();

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Qostanay"));
    }

    private static int thisYear() {
        return AcademicYear.of(today()).startYear();
    }

    @Test
    default void everyDemoSchoolHasThisYearsPlanInItsLanguageWithItemsInEveryStateAndTeachersReadItOnly() {
        callers().signIn(TEACHER);
        PlanView plan = plans().plan(thisYear());
        // Eleven demo items (another test of the suite may have added its own to this year's plan meanwhile).
        Set<String> demo = Set.of("Методический совет: утверждение годового плана",
                "Утверждение графика аттестации педагогов", "Открытый урок молодого специалиста",
                "Мониторинг выполнения учебных программ", "Семинар: критериальное оценивание",
                "Предметная неделя математики", "Мастер-класс: игровые технологии",
                "Педагогический совет: итоги I полугодия", "Цикл Lesson Study: исследовательские уроки",
                "Школьная предметная олимпиада", "Курсы повышения квалификации");
        assertEquals(demo, plan.items().stream().map(PlanItemView::title).filter(demo::contains)
                .collect(Collectors.toSet()), plan.items().toString());
        assertEquals(11, plan.items().stream().filter(i -> demo.contains(i.title())).count(), "each once");
        // The associations' demo meetings are items realised by them: the one planned next week, held ones.
        List<PlanItemView> meetings = plan.items().stream().filter(i -> "MEETING".equals(i.sourceKind())).toList();
        assertTrue(meetings.stream().allMatch(i -> i.kind() == PlanItemKind.ASSOCIATION_MEETING), meetings.toString());
        assertTrue(meetings.stream().anyMatch(i -> i.mark() == ExecutionMark.PLANNED
                && i.title().contains("План проведения предметной недели")), meetings.toString());
        if (AcademicYear.of(today().minusDays(28)).startYear() == thisYear()) { // the demo's meeting three weeks ago
            assertTrue(meetings.stream().anyMatch(i -> i.mark() == ExecutionMark.HELD && i.heldOn() != null
                    && i.title().contains("Итоги I четверти")), meetings.toString());
        }
        assertFalse(plan.editable(), "a teacher reads the plan only");
        assertTrue(plan.items().stream().anyMatch(i -> i.title().equals("Предметная неделя математики")), "Russian");
        Set<ExecutionMark> marks = plan.items().stream().map(PlanItemView::mark).collect(Collectors.toSet());
        assertEquals(Set.of(ExecutionMark.values()), marks, "held, moved, cancelled and planned items");
        assertTrue(plan.items().stream().anyMatch(PlanItemView::overdue), "one overdue item stands out");
        assertTrue(plan.total().held() >= 5 && plan.total().percent().isPresent(), plan.total().toString());
        for (int n = 0; n < plan.items().size(); n++) {
            assertEquals(n + 1, plan.items().get(n).number(), "numbered in order");
        }
        assertThrows(AccessDeniedException.class, () -> plans().newItem(thisYear()));
        assertThrows(AccessDeniedException.class, () -> plans().delete(plan.items().get(0).id()));
        assertThrows(AccessDeniedException.class, () -> plans().startNextYear(thisYear()));

        callers().signIn(OTHER_METHODOLOGIST);
        PlanView kazakh = plans().plan(thisYear());
        assertTrue(kazakh.editable());
        assertTrue(kazakh.items().stream().anyMatch(i -> i.title().equals("Математика пәнінің апталығы")), "Kazakh");
    }

    @Test
    default void theMethodologistAddsEditsAndMarksItemsAndTheFulfilmentFollows() {
        callers().signIn(METHODOLOGIST);
        int year = thisYear();
        String september = year + "-09";
        long held = plans().add(form(year, "Методический совет: <script>alert(1)</script> қазақша әріптер", september,
                PlanItemKind.METHODICAL_COUNCIL, staffId()));
        long overdue = plans().add(form(year, "Мониторинг без отметки", september, PlanItemKind.MONITORING, staffId()));
        PlanView before = plans().plan(year);
        assertEquals("Методический совет: <script>alert(1)</script> қазақша әріптер", item(before, held).title(),
                "kept as typed: the page escapes it");
        assertTrue(item(before, overdue).overdue(), "September is over and nothing is marked");

        PlanItemForm edit = plans().form(held);
        edit.setExpectedResult("Протокол");
        edit.setKind(PlanItemKind.PEDAGOGICAL_COUNCIL);
        plans().update(held, edit);
        assertThrows(ChangedSinceOpenedException.class, () -> plans().update(held, edit), "opened at the old version");
        assertEquals("Протокол", item(plans().plan(year), held).expectedResult());

        ExecutionForm done = plans().executionForm(held);
        done.setMark(ExecutionMark.HELD);
        done.setHeldOn(today().plusDays(1));
        assertField("heldOn", "plan.heldInFuture", () -> plans().execute(held, done));
        done.setHeldOn(LocalDate.of(year, 8, 31));
        assertField("heldOn", "plan.dateOutsideYear", () -> plans().execute(held, done));
        done.setHeldOn(null);
        assertField("heldOn", "field.required", () -> plans().execute(held, done));
        assertEquals(ExecutionMark.PLANNED, item(plans().plan(year), held).mark(), "nothing stored by the refusals");
        done.setHeldOn(LocalDate.of(year, 9, 10));
        plans().execute(held, done);
        PlanView after = plans().plan(year);
        assertEquals(ExecutionMark.HELD, item(after, held).mark());
        assertEquals(LocalDate.of(year, 9, 10), item(after, held).heldOn());
        assertFalse(item(after, held).overdue());
        assertEquals(before.total().held() + 1, after.total().held());
        assertEquals(before.total().due(), after.total().due());
        assertEquals(before.total().overdue() - 1, after.total().overdue(), "the held one is no longer overdue");

        ExecutionForm move = plans().executionForm(overdue);
        move.setMark(ExecutionMark.MOVED);
        move.setNewTerm("Q3");
        assertField("reason", "field.required", () -> plans().execute(overdue, move));
        move.setReason("Перенесено решением методсовета");
        move.setNewTerm(september);
        assertField("newTerm", "plan.sameTerm", () -> plans().execute(overdue, move));
        move.setNewTerm((year + 1) + "-09");
        assertField("newTerm", "plan.termOutsideYear", () -> plans().execute(overdue, move));
        move.setNewTerm("Q3");
        plans().execute(overdue, move);
        PlanItemView moved = item(plans().plan(year), overdue);
        assertEquals(ExecutionMark.MOVED, moved.mark());
        assertEquals("Q3", moved.term().code());
        assertEquals(september, moved.movedFrom().code());
        assertFalse(moved.overdue(), "its new term has not ended");

        ExecutionForm cancel = plans().executionForm(overdue);
        cancel.setMark(ExecutionMark.CANCELLED);
        cancel.setReason("Не актуально");
        plans().execute(overdue, cancel);
        PlanView cancelled = plans().plan(year);
        assertEquals(after.total().cancelled() + 1, cancelled.total().cancelled());
        assertEquals(after.total().planned() - 1, cancelled.total().planned(), "a cancelled item is not planned");

        List<String> actions = audit().page(PageRequest.firstPage(20)).items().stream().map(AuditEntryView::action).toList();
        assertTrue(actions.containsAll(List.of("PLAN_ITEM_CREATED", "PLAN_ITEM_CHANGED", "PLAN_ITEM_EXECUTED")), actions.toString());
        plans().delete(overdue);
        assertThrows(NotFoundException.class, () -> plans().form(overdue));
        assertEquals("PLAN_ITEM_DELETED", audit().page(PageRequest.firstPage(1)).items().get(0).action());
    }

    @Test
    default void badInputIsRefusedByTheFieldAndNothingIsStored() {
        callers().signIn(METHODOLOGIST);
        int year = 2040;
        long me = staffId();
        assertThrows(ConstraintViolationException.class, () -> plans().add(form(year, "  ", "Q1", PlanItemKind.OTHER, me)));
        assertThrows(ConstraintViolationException.class, () -> plans().add(form(year, "я".repeat(501), "Q1", PlanItemKind.OTHER, me)));
        assertThrows(ConstraintViolationException.class, () -> plans().add(form(year, "Пункт", "Q1", null, me)));
        assertThrows(ConstraintViolationException.class, () -> plans().add(form(year, "Пункт", "Q1", PlanItemKind.OTHER, null)));
        assertThrows(ConstraintViolationException.class, () -> plans().add(form(year, "Пункт", "", PlanItemKind.OTHER, me)));
        PlanItemForm longResult = form(year, "Пункт", "Q1", PlanItemKind.OTHER, me);
        longResult.setExpectedResult("ә".repeat(501));
        assertThrows(ConstraintViolationException.class, () -> plans().add(longResult));
        assertField("term", "plan.termOutsideYear", () -> plans().add(form(year, "Пункт", "2042-01", PlanItemKind.OTHER, me)));
        assertField("term", "plan.termOutsideYear", () -> plans().add(form(year, "Пункт", "2040-08", PlanItemKind.OTHER, me)));
        assertField("term", "plan.termUnknown", () -> plans().add(form(year, "Пункт", "Q7", PlanItemKind.OTHER, me)));
        assertField("responsibleStaffId", "plan.responsibleUnknown",
                () -> plans().add(form(year, "Пункт", "Q1", PlanItemKind.OTHER, 999_999L)));
        assertField("startYear", "plan.yearUnknown", () -> plans().add(form(1900, "Пункт", "Q1", PlanItemKind.OTHER, me)));
        assertEquals(List.of(), plans().plan(year).items(), "nothing half-written");
        assertFalse(plans().years().contains(year), "not even an empty plan");
    }

    @Test
    default void nextYearsPlanStartsFromThisOnesItemsAYearLaterWithMarksClearedAndSourcesNotCopied() {
        callers().signIn(METHODOLOGIST);
        int year = 2044;
        long me = staffId();
        plans().add(form(year, "Педсовет: итоги года", "2045-05", PlanItemKind.PEDAGOGICAL_COUNCIL, me));
        long cancelled = plans().add(form(year, "Семинар", "Q2", PlanItemKind.SEMINAR, me));
        ExecutionForm cancel = plans().executionForm(cancelled);
        cancel.setMark(ExecutionMark.CANCELLED);
        cancel.setReason("Нет ведущего");
        plans().execute(cancelled, cancel);
        callers().signIn(HEAD);
        database().inTransaction(() -> {
            fromSources().planned(new PlanSource("ASSOCIATION_MEETING", 4401), "Заседание МО № 1", LocalDate.of(2044, 10, 5),
                    null, PlanItemKind.ASSOCIATION_MEETING);
            return null;
        });
        callers().signIn(METHODOLOGIST);
        assertField("year", "plan.nothingToCopy", () -> plans().startNextYear(2046));
        assertEquals(3, plans().startNextYear(year));
        PlanView next = plans().plan(year + 1);
        assertEquals(List.of("2045-10", "Q2", "2046-05"), next.items().stream().map(i -> i.term().code()).toList());
        assertTrue(next.items().stream().allMatch(i -> i.mark() == ExecutionMark.PLANNED && i.reason() == null
                && i.heldOn() == null && i.sourceKind() == null && i.sourceId() == null), next.items().toString());
        assertEquals("Заседание МО № 1", next.items().get(0).title());
        assertField("year", "plan.nextYearHasItems", () -> plans().startNextYear(year));
        assertEquals(3, plans().plan(year + 1).items().size(), "refused: nothing added");
    }

    @Test
    default void otherFeaturesPutTheirItemsIntoThePlanInsideTheirOwnTransaction() {
        callers().signIn(HEAD);
        PlanSource meeting = new PlanSource("ASSOCIATION_MEETING", 4801);
        assertThrows(TransactionalException.class, () -> fromSources().planned(meeting, "Заседание", LocalDate.of(2048, 10, 1),
                null, PlanItemKind.ASSOCIATION_MEETING), "only inside the caller's transaction");
        database().inRolledBackTransaction(() -> {
            fromSources().planned(meeting, "Откатится", LocalDate.of(2048, 10, 1), null, PlanItemKind.ASSOCIATION_MEETING);
            return null;
        });
        callers().signIn(METHODOLOGIST);
        assertEquals(List.of(), plans().plan(2048).items(), "rolled back with the source");

        callers().signIn(HEAD);
        long methodologistId = staffIdOf(METHODOLOGIST);
        callers().signIn(HEAD);
        database().inTransaction(() -> {
            fromSources().planned(meeting, "Заседание МО № 1: план работы", LocalDate.of(2048, 10, 1), null,
                    PlanItemKind.ASSOCIATION_MEETING);
            fromSources().planned(meeting, "Заседание МО № 1: план работы на год", LocalDate.of(2048, 11, 3),
                    methodologistId, PlanItemKind.ASSOCIATION_MEETING);
            return null;
        });
        callers().signIn(TEACHER);
        List<PlanItemView> items = plans().plan(2048).items();
        assertEquals(1, items.size(), "planned twice: one item, updated");
        PlanItemView item = items.get(0);
        assertEquals("Заседание МО № 1: план работы на год", item.title());
        assertEquals("2048-11", item.term().code());
        assertEquals(methodologistId, item.responsibleStaffId());
        assertEquals("ASSOCIATION_MEETING", item.sourceKind());
        assertEquals(4801L, item.sourceId());

        callers().signIn(HEAD);
        database().inTransaction(() -> {
            fromSources().moved(meeting, LocalDate.of(2048, 12, 8), "Каникулы");
            return null;
        });
        callers().signIn(TEACHER);
        item = plans().plan(2048).items().get(0);
        assertEquals(ExecutionMark.MOVED, item.mark());
        assertEquals("2048-12", item.term().code());
        assertEquals("2048-11", item.movedFrom().code());
        assertEquals("Каникулы", item.reason());

        callers().signIn(HEAD);
        database().inTransaction(() -> {
            fromSources().held(meeting, LocalDate.of(2048, 12, 8));
            return null;
        });
        callers().signIn(TEACHER);
        assertEquals(ExecutionMark.HELD, plans().plan(2048).items().get(0).mark());
        assertEquals(LocalDate.of(2048, 12, 8), plans().plan(2048).items().get(0).heldOn());

        callers().signIn(HEAD);
        database().inTransaction(() -> {
            fromSources().cancelled(meeting, "Объединение расформировано");
            return null;
        });
        assertThrows(NotFoundException.class, () -> database().inTransaction(() -> {
            fromSources().held(new PlanSource("ASSOCIATION_MEETING", 4899), LocalDate.of(2048, 12, 8));
            return null;
        }), "an unknown source is not found");
        assertThrows(InvalidInputException.class, () -> database().inTransaction(() -> {
            fromSources().moved(meeting, LocalDate.of(2049, 9, 8), "В другой год");
            return null;
        }));
        callers().signIn(TEACHER);
        item = plans().plan(2048).items().get(0);
        assertEquals(ExecutionMark.CANCELLED, item.mark());
        assertEquals("Объединение расформировано", item.reason());
        assertNull(item.heldOn());
    }

    @Test
    default void anotherSchoolsPlanItemsAreOutOfReach() {
        callers().signIn(OTHER_METHODOLOGIST);
        long theirStaff = staffId();
        long theirs = plans().add(form(2052, "Әдістемелік кеңес", "Q1", PlanItemKind.METHODICAL_COUNCIL, theirStaff));
        PlanItemForm theirForm = plans().form(theirs);
        ExecutionForm theirMark = plans().executionForm(theirs);
        theirMark.setMark(ExecutionMark.CANCELLED);
        theirMark.setReason("Чужая отмена");
        callers().signIn(HEAD);
        database().inTransaction(() -> {
            fromSources().planned(new PlanSource("ASSOCIATION_MEETING", 5201), "Заседание", LocalDate.of(2052, 10, 1), null,
                    PlanItemKind.ASSOCIATION_MEETING);
            return null;
        });
        callers().signIn(OTHER_METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> database().inTransaction(() -> {
            fromSources().held(new PlanSource("ASSOCIATION_MEETING", 5201), LocalDate.of(2052, 10, 1));
            return null;
        }), "another school's source is not found");

        callers().signIn(METHODOLOGIST);
        assertTrue(plans().plan(2052).items().stream().noneMatch(i -> i.id() == theirs), "not in this school's plan");
        assertThrows(NotFoundException.class, () -> plans().form(theirs));
        assertThrows(NotFoundException.class, () -> plans().update(theirs, theirForm));
        assertThrows(NotFoundException.class, () -> plans().executionForm(theirs));
        assertThrows(NotFoundException.class, () -> plans().execute(theirs, theirMark));
        assertThrows(NotFoundException.class, () -> plans().delete(theirs));
        assertField("responsibleStaffId", "plan.responsibleUnknown",
                () -> plans().add(form(2052, "Чужой ответственный", "Q1", PlanItemKind.OTHER, theirStaff)));
        assertEquals(1, plans().plan(2052).items().size(), "only the meeting of this school");
        byte[] export = plans().export(2052, DocumentFormat.XLSX, Language.RU, ExportLayout.BY_TERM);
        assertTrue(export.length > 0);

        callers().signIn(OTHER_METHODOLOGIST);
        List<PlanItemView> stillTheirs = plans().plan(2052).items();
        assertEquals(1, stillTheirs.size());
        assertEquals(ExecutionMark.PLANNED, stillTheirs.get(0).mark(), "unchanged");
        assertEquals("Әдістемелік кеңес", stillTheirs.get(0).title());
    }

    private long staffId() {
        return profile().staffId().orElseThrow();
    }

    private long staffIdOf(String username) {
        callers().signIn(username);
        return staffId();
    }

    private static PlanItemView item(PlanView plan, long id) {
        return plan.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private static PlanItemForm form(int year, String title, String term, PlanItemKind kind, Long responsible) {
        PlanItemForm f = new PlanItemForm();
        f.setStartYear(year);
        f.setTitle(title);
        f.setTerm(term);
        f.setKind(kind);
        f.setResponsibleStaffId(responsible);
        return f;
    }

    private static void assertField(String field, String key, Runnable action) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).messageKey());
    }
}
