package kz.rudny.cabinet.mentoring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.AssignmentForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentorChoice;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;
import kz.rudny.cabinet.mentoring.pairs.boundary.YoungSpecialistView;
import org.junit.jupiter.api.Test;

/**
 * Young specialists and their mentors, on a real server and database (school g3; the demo pairs each school's
 * "mentor" with "young" and leaves "young2" without): who is a young specialist comes from the day they started
 * teaching; the methodologist assigns by the school's order; every refusal (a young specialist as mentor, a mentor of
 * another school, more than the limit of 2, someone who is not a young specialist, a young specialist mentored
 * twice, an order in the future, missing fields) names its field and stores nothing; an ended pair frees the mentor's
 * seat; both people are told; other teachers see nothing; the database itself refuses a second open pair.
 */
interface PairsTests {

    String METHODOLOGIST = "g3.methodologist";
    String MENTOR = "g3.mentor";
    String YOUNG = "g3.young";
    String YOUNG2 = "g3.young2";
    String COLLEAGUE = "g3.t02";
    String SECOND_MENTOR = "g3.t05";
    String OTHER_MENTOR = "s12.mentor";
    ZoneId ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Inbox inbox();

    Staff staff();

    MentoringPairs pairs();

    @Test
    default void theMethodologistSeesTheYoungSpecialistsWithAndWithoutMentors() {
        callers().signIn(METHODOLOGIST);
        List<YoungSpecialistView> young = pairs().youngSpecialists();
        YoungSpecialistView first = byStaff(young, db().staffIdOf(YOUNG));
        assertNotNull(first.pair(), "the demo's young specialist has a mentor");
        assertEquals(db().staffIdOf(MENTOR), first.pair().mentorStaffId());
        assertEquals(1, first.yearOfTeaching());
        assertEquals(2, byStaff(young, db().staffIdOf(YOUNG2)).yearOfTeaching());
        assertTrue(young.stream().noneMatch(y -> y.staffId() == db().staffIdOf(MENTOR)), "not a young specialist");
        assertTrue(pairs().mentorChoices().stream().noneMatch(c -> c.staffId() == db().staffIdOf(YOUNG)),
                "a young specialist is no mentor choice");
        MentorChoice mentor = pairs().mentorChoices().stream().filter(c -> c.staffId() == db().staffIdOf(MENTOR))
                .findFirst().orElseThrow();
        assertEquals(2, mentor.limit(), "the default limit");

        callers().signIn(COLLEAGUE);
        assertThrows(AccessDeniedException.class, () -> pairs().youngSpecialists(), "a teacher has no such list");
        assertTrue(pairs().mine().isEmpty());
        long pairId = first.pair().id();
        assertThrows(NotFoundException.class, () -> pairs().view(pairId), "another teacher's pair does not exist");
        callers().signIn(OTHER_MENTOR);
        assertThrows(NotFoundException.class, () -> pairs().view(pairId), "nor for another school");
        callers().signIn(YOUNG);
        assertEquals(List.of(pairId), pairs().mine().stream().map(PairView::id).toList());
        assertTrue(pairs().view(pairId).young());
    }

    @Test
    default void assigningAMentorRefusesEveryWrongChoiceAndKeepsTheLimit() {
        callers().signIn(METHODOLOGIST);
        LocalDate today = LocalDate.now(ZONE);
        long newcomer = staff().create(newcomer("g3.newcomer1", "Жаңа Маман Бірінші", today));
        long second = staff().create(newcomer("g3.newcomer2", "Жаңа Маман Екінші", today));
        long mentor = db().staffIdOf(MENTOR);
        long before = pairCount();

        assertRefused("youngStaffId", "mentoring.notYoungSpecialist",
                () -> pairs().assign(form(db().staffIdOf(COLLEAGUE), mentor, "15-Ж", today)));
        assertRefused("mentorStaffId", "mentoring.mentorYoung",
                () -> pairs().assign(form(newcomer, db().staffIdOf(YOUNG2), "15-Ж", today)));
        assertRefused("mentorStaffId", "mentoring.unknownPerson",
                () -> pairs().assign(form(newcomer, db().staffIdOf(OTHER_MENTOR), "15-Ж", today)));
        assertRefused("mentorStaffId", "mentoring.mentorSelf",
                () -> pairs().assign(form(newcomer, newcomer, "15-Ж", today)));
        assertRefused("youngStaffId", "mentoring.alreadyMentored",
                () -> pairs().assign(form(db().staffIdOf(YOUNG), mentor, "15-Ж", today)));
        assertRefused("orderDate", "mentoring.orderInFuture",
                () -> pairs().assign(form(newcomer, mentor, "15-Ж", today.plusDays(1))));
        assertRefused("orderDate", "mentoring.orderOutsideYear",
                () -> pairs().assign(form(newcomer, mentor, "15-Ж", AcademicYear.of(today).firstDay().minusDays(1))));
        assertRefused("orderNumber", "field.required", () -> pairs().assign(form(newcomer, mentor, "  ", today)));
        assertRefused("orderNumber", "mentoring.tooLong",
                () -> pairs().assign(form(newcomer, mentor, "1".repeat(31), today)));
        InvalidInputException all = assertThrows(InvalidInputException.class, () -> pairs().assign(new AssignmentForm()));
        assertEquals(List.of("youngStaffId", "mentorStaffId", "orderNumber", "orderDate"),
                all.problems().stream().map(InvalidInputException.Problem::field).toList(), "each missing field");
        assertEquals(before, pairCount(), "no refusal stored a pair");

        long pair = pairs().assign(form(newcomer, mentor, "15-Ж", today));
        assertRefused("mentorStaffId", "mentoring.mentorFull",
                () -> pairs().assign(form(second, mentor, "16-Ж", today)));
        assertEquals(before + 1, pairCount());
        assertEquals(List.of("YOUNG_SPECIALIST", "MENTOR", "ORDER_NUMBER=15-Ж", "ORDER_DATE=" + today), db().column(
                "SELECT CASE WHEN c.FIELD_KEY IN ('ORDER_NUMBER', 'ORDER_DATE') THEN c.FIELD_KEY || '=' || c.NEW_VALUE"
                + " ELSE c.FIELD_KEY END FROM AUDIT_CHANGE c JOIN AUDIT_ENTRY e ON e.ID = c.ENTRY_ID"
                + " WHERE e.AUDIT_ACTION = 'MENTOR_ASSIGNED' AND e.RECORD_ID = ? ORDER BY c.FIELD_ORDER", pair),
                "the order in the school's audit trail, once; the refusals wrote none");
        PairView view = pairs().view(pair);
        assertTrue(view.open());
        assertEquals(AcademicYear.of(today).startYear() + 1, view.endsOn().getYear());
        assertEquals(5, view.endsOn().getMonthValue(), "for the academic year: to the end of May");

        callers().signIn(MENTOR);
        assertTrue(pairs().mine().stream().anyMatch(p -> p.id() == pair && p.mentor()));

        callers().signIn(METHODOLOGIST);
        assertRefused("reason", "field.required", () -> pairs().end(pair, " "));
        assertTrue(pairs().view(pair).open(), "a refused end changes nothing");
        pairs().end(pair, "Ауысты басқа мектепке");
        assertEquals(List.of("Ауысты басқа мектепке"), db().column("SELECT c.NEW_VALUE FROM AUDIT_CHANGE c JOIN AUDIT_ENTRY e"
                + " ON e.ID = c.ENTRY_ID WHERE e.AUDIT_ACTION = 'MENTORING_ENDED' AND e.RECORD_ID = ?"
                + " AND c.FIELD_KEY = 'END_REASON'", pair));
        PairView ended = pairs().view(pair);
        assertFalse(ended.open());
        assertEquals("Ауысты басқа мектепке", ended.endReason());
        assertRefused("reason", "mentoring.pairClosed", () -> pairs().end(pair, "тағы"));
        long next = pairs().assign(form(second, mentor, "16-Ж", today));
        assertTrue(pairs().view(next).open(), "the ended pair freed the mentor's seat");
        assertNull(byStaff(pairs().youngSpecialists(), newcomer).pair(), "the newcomer is without a mentor again");
    }

    @Test
    default void bothPeopleAreToldOfTheAssignment() {
        callers().signIn(METHODOLOGIST);
        LocalDate today = LocalDate.now(ZONE);
        long newcomer = staff().create(newcomer("g3.newcomer3", "Жаңа Маман Үшінші", today));
        long mentorAccount = db().number("SELECT ACCOUNT_ID FROM STAFF_MEMBER WHERE ID = ?",
                db().staffIdOf(SECOND_MENTOR));
        long notices = db().number("SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ?", mentorAccount);
        long pair = pairs().assign(form(newcomer, db().staffIdOf(SECOND_MENTOR), "17-Ж", today));
        assertEquals(notices + 1, db().number("SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ?", mentorAccount));
        callers().signIn(SECOND_MENTOR);
        assertTrue(inbox().latestUnread(5, Language.KK).stream().anyMatch(n -> n.text().contains("Жаңа Маман Үшінші")
                && n.link().endsWith("id=" + pair)), "the mentor reads it with a link to the pair");
        long youngAccount = db().number("SELECT ACCOUNT_ID FROM STAFF_MEMBER WHERE ID = ?", newcomer);
        assertEquals(1, db().number("SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ? AND MESSAGE_KEY = ?",
                youngAccount, "notice.mentoring.mentorAssigned"));
    }

    @Test
    default void theDatabaseRefusesASecondOpenPairOfAYoungSpecialistWhateverTheCode() {
        callers().signIn(METHODOLOGIST);
        long pair = pairs().youngSpecialists().stream().filter(y -> y.pair() != null).findFirst().orElseThrow()
                .pair().id();
        List<Object> row = db().rows("SELECT SCHOOL_ID, ACADEMIC_YEAR, YOUNG_STAFF_ID, YOUNG_ACCOUNT_ID, MENTOR_STAFF_ID,"
                + " MENTOR_ACCOUNT_ID FROM MENTORING_PAIR WHERE ID = ?", pair).get(0);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> db().update("INSERT INTO MENTORING_PAIR"
                + " (SCHOOL_ID, ACADEMIC_YEAR, YOUNG_STAFF_ID, YOUNG_ACCOUNT_ID, YOUNG_NAME, MENTOR_STAFF_ID,"
                + " MENTOR_ACCOUNT_ID, MENTOR_NAME, ORDER_NUMBER, ORDER_DATE, STARTS_ON, ENDS_ON, OPEN_YOUNG_ID,"
                + " MENTOR_SEAT, CREATED_AT, CREATED_BY_NAME, VERSION) VALUES (?, ?, ?, ?, 'x', ?, ?, 'y', '1',"
                + " CURRENT_DATE, CURRENT_DATE, CURRENT_DATE, ?, 2, CURRENT_TIMESTAMP, 'z', 1)",
                row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(2)));
        assertTrue(kz.rudny.cabinet.domain.errors.Conflicts.isUniqueViolation(refused), refused::toString);
    }

    private long pairCount() {
        return db().number("SELECT COUNT(*) FROM MENTORING_PAIR");
    }

    private static YoungSpecialistView byStaff(List<YoungSpecialistView> list, long staffId) {
        return list.stream().filter(y -> y.staffId() == staffId).findFirst()
                .orElseThrow(() -> new AssertionError("no young specialist " + staffId + " in " + list));
    }

    private static StaffMemberForm newcomer(String username, String name, LocalDate today) {
        StaffMemberForm f = new StaffMemberForm();
        f.setUsername(username);
        f.setFullName(name);
        f.setJobTitle("Мұғалім");
        f.setInitialPassword("Bastaushy-2026-kupiya");
        f.setTeachingSince(AcademicYear.of(today).firstDay().isAfter(today) ? today : AcademicYear.of(today).firstDay());
        return f;
    }

    private static AssignmentForm form(Long young, Long mentor, String order, LocalDate date) {
        AssignmentForm f = new AssignmentForm();
        f.setYoungStaffId(young);
        f.setMentorStaffId(mentor);
        f.setOrderNumber(order);
        f.setOrderDate(date);
        return f;
    }

    private static void assertRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems()::toString);
        assertEquals(key, e.problems().get(0).messageKey(), e.problems()::toString);
    }
}
