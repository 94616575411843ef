package kz.rudny.cabinet.mentoring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseDue;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseForm;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseKind;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseView;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import kz.rudny.cabinet.mentoring.courses.control.CourseReminders;
import org.junit.jupiter.api.Test;

/**
 * Courses on a real server and database (school s7; the demo leaves "t05" overdue): a teacher records a course
 * (bad input refused by the field, nothing stored), attaches the certificate's scan (a text file refused); the
 * methodologist confirms it (not without the scan), which locks it, moves the teacher off the overdue list and, for a
 * Cambridge-programme course, sets the staff record's mark; nobody else reads the certificate; the reminders go six
 * months and one month before the due day, each once, with the clock moved.
 */
interface CoursesTests {

    String C_METHODOLOGIST = "s7.methodologist";
    String C_OVERDUE = "s7.t05";
    String C_COLLEAGUE = "s7.t01";
    String C_OTHER_SCHOOL = "g3.methodologist";
    ZoneId C_ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Courses courses();

    CourseReminders courseReminders();

    @Test
    default void aConfirmedCourseTakesTheTeacherOffTheOverdueListAndGivesTheCambridgeMark() throws IOException {
        long staffId = db().staffIdOf(C_OVERDUE);
        callers().signIn(C_METHODOLOGIST);
        assertEquals(DueState.OVERDUE, dueOf(courses().schedule(), staffId).state(), "the demo's overdue teacher");
        long overdueBefore = courses().schedule().stream().filter(d -> d.state() == DueState.OVERDUE).count();

        callers().signIn(C_OVERDUE);
        int before = courses().mine().size();
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> courses().record(new CourseForm(), null));
        assertEquals(List.of("provider", "title", "kind", "hours", "startsOn", "endsOn"),
                empty.problems().stream().map(InvalidInputException.Problem::field).toList());
        LocalDate today = LocalDate.now(C_ZONE);
        CourseForm backwards = form(CourseKind.CAMBRIDGE, today.minusDays(5), today.minusDays(20), 72);
        assertCourseRefused("endsOn", "courses.endsBeforeStart", () -> courses().record(backwards, null));
        assertCourseRefused("hours", "courses.hoursRange",
                () -> courses().record(form(CourseKind.CAMBRIDGE, today.minusDays(20), today.minusDays(5), 0), null));
        assertCourseRefused("endsOn", "courses.endsInFuture",
                () -> courses().record(form(CourseKind.CAMBRIDGE, today.minusDays(20), today.plusDays(1), 72), null));
        assertCourseRefused("file", "file.typeRefusedOnly", () -> courses().record(form(CourseKind.CAMBRIDGE,
                today.minusDays(20), today.minusDays(5), 72), new IncomingFile("certificate.txt",
                new ByteArrayInputStream("not a scan".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(before, courses().mine().size(), "refusals store nothing");
        long id = courses().record(form(CourseKind.CAMBRIDGE, today.minusDays(20), today.minusDays(5), 72), null);
        CourseView entered = courses().mine().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertFalse(entered.confirmed());

        callers().signIn(C_METHODOLOGIST);
        assertCourseRefused("course", "courses.noCertificate", () -> courses().confirm(id, entered.version()));
        callers().signIn(C_OVERDUE);
        courses().attach(id, entered.version(), new IncomingFile("скан.png", new ByteArrayInputStream(png())));
        long version = courses().mine().stream().filter(c -> c.id() == id).findFirst().orElseThrow().version();
        assertEquals(DueState.OVERDUE, courses().myDue().state(), "an unconfirmed course does not count yet");

        callers().signIn(C_COLLEAGUE);
        assertThrows(NotFoundException.class, () -> courses().certificate(id), "another teacher reads no certificate");
        assertThrows(NotFoundException.class, () -> courses().change(id, version, form(CourseKind.OTHER,
                today.minusDays(20), today.minusDays(5), 72)));
        assertThrows(AccessDeniedException.class, () -> courses().confirm(id, version));
        callers().signIn(C_OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> courses().confirm(id, version), "nor another school");

        callers().signIn(C_METHODOLOGIST);
        assertTrue(courses().certificate(id).size() > 0, "the methodologist reads the scan");
        assertEquals(0, db().number("SELECT COUNT(*) FROM STAFF_MEMBER WHERE ID = ? AND CAMBRIDGE_CONFIRMED = TRUE",
                staffId));
        assertEquals(0, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'COURSE_CONFIRMED'"
                + " AND RECORD_ID = ?", id), "the refused confirmations wrote nothing");
        courses().confirm(id, version);
        assertEquals(1, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'COURSE_CONFIRMED'"
                + " AND RECORD_ID = ?", id), "in the school's audit trail");
        assertEquals(1, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'COURSE_RECORDED'"
                + " AND RECORD_ID = ?", id));
        CourseDue after = dueOf(courses().schedule(), staffId);
        assertEquals(today.minusDays(5).plusYears(3), after.dueOn());
        assertNotEquals(DueState.OVERDUE, after.state());
        assertEquals(overdueBefore - 1, courses().schedule().stream().filter(d -> d.state() == DueState.OVERDUE)
                .count(), "the overdue list shrinks by one");
        assertEquals(1, db().number("SELECT COUNT(*) FROM STAFF_MEMBER WHERE ID = ? AND CAMBRIDGE_CONFIRMED = TRUE",
                staffId), "a confirmed Cambridge-programme course gives the mark");
        assertCourseRefused("course", "courses.confirmed", () -> courses().confirm(id, version + 1));

        callers().signIn(C_OVERDUE);
        long locked = courses().mine().stream().filter(c -> c.id() == id).findFirst().orElseThrow().version();
        assertCourseRefused("course", "courses.confirmed", () -> courses().remove(id, locked));
        assertTrue(courses().mine().stream().anyMatch(c -> c.id() == id && c.confirmed()), "still there, locked");
        assertEquals(after.dueOn(), courses().myDue().dueOn());
    }

    @Test
    default void remindersGoSixMonthsAndOneMonthBeforeEachOnce() {
        callers().signIn(C_METHODOLOGIST);
        long staffId = db().staffIdOf(C_COLLEAGUE);
        LocalDate due = dueOf(courses().schedule(), staffId).dueOn();
        long account = db().number("SELECT ACCOUNT_ID FROM STAFF_MEMBER WHERE ID = ?", staffId);
        String count = "SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ? AND MESSAGE_KEY = ?";
        long sixBefore = db().number(count, account, "notice.courses.dueInSixMonths");
        long oneBefore = db().number(count, account, "notice.courses.dueInAMonth");
        courseReminders().remindCurrentSchool(due.minusMonths(6).minusDays(1));
        assertEquals(sixBefore, db().number(count, account, "notice.courses.dueInSixMonths"), "not yet");
        courseReminders().remindCurrentSchool(due.minusMonths(6));
        courseReminders().remindCurrentSchool(due.minusMonths(5));
        assertEquals(sixBefore + 1, db().number(count, account, "notice.courses.dueInSixMonths"), "once");
        courseReminders().remindCurrentSchool(due.minusDays(10));
        courseReminders().remindCurrentSchool(due.minusDays(9));
        assertEquals(oneBefore + 1, db().number(count, account, "notice.courses.dueInAMonth"), "once");
    }

    private static CourseDue dueOf(List<CourseDue> schedule, long staffId) {
        return schedule.stream().filter(d -> d.staffId() == staffId).findFirst().orElseThrow();
    }

    private static CourseForm form(CourseKind kind, LocalDate starts, LocalDate ends, int hours) {
        CourseForm f = new CourseForm();
        f.setProvider("«Өрлеу» біліктілікті арттыру орталығы");
        f.setTitle("Деңгейлік бағдарлама бойынша курс");
        f.setKind(kind);
        f.setHours(hours);
        f.setStartsOn(starts);
        f.setEndsOn(ends);
        f.setCertificateNumber("ӨРЛ-77");
        return f;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static void assertCourseRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems()::toString);
        assertEquals(key, e.problems().get(0).messageKey(), e.problems()::toString);
    }
}
