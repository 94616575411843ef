package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateCheck;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateStatement;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.TeacherWork;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.Attendance;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.EventCertificate;
import kz.rudny.cabinet.events.activities.boundary.EventCertificates;
import kz.rudny.cabinet.events.activities.boundary.PresenterForm;
import kz.rudny.cabinet.events.activities.boundary.RegistrationView;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.TakenPart;
import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.Test;

/**
 * What comes of an event once it has begun: the organiser takes attendance (not before the start, not of a
 * cancelled event, only of the registrations with a place, nobody else), the event is held; participants marked
 * present and staff presenters get certificates entered once in the register (the same code on every download),
 * which the public check confirms; the others get none. Each test makes its own open event of school №12, then
 * moves its start into the past ({@link #startedAnHourAgo}).
 */
interface ActivityOutcomesTests {

    String ORGANISER = "s12.methodologist";
    String COLLEAGUE = "s12.t05";
    String PRESENT = "g3.t05";
    String ABSENT = "s7.t05";
    String NOT_REGISTERED = "g3.t06";
    String WAITING = "s7.t06";
    String ELSEWHERE = "s7.methodologist";
    String GUEST = "Әлиев Болат (гость)";
    String VERIFY = "https://cabinet.test/verify.xhtml";

    Callers callers();

    TestDatabase db();

    Activities activities();

    Registrations registrations();

    Attendance attendance();

    EventCertificates eventCertificates();

    CertificateCheck check();

    TeacherWorks teacherWorks();

    @Test
    default void attendanceBeforeTheStartOrOfACancelledEventIsRefusedAndChangesNothing() {
        long id = openEvent("Семинар: до начала", 70, 5, false);
        registerAs(PRESENT, id);
        callers().signIn(ORGANISER);
        long registration = registrationOf(id, PRESENT);
        assertRefused("attendance", "activity.attendanceBeforeStart",
                () -> attendance().take(id, Map.of(registration, true)));
        assertEquals(ActivityStatus.PUBLISHED, activities().view(id).status());
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ?"
                + " AND ATTENDED IS NOT NULL", id), "nothing marked");

        long cancelled = openEvent("Семинар: отменён", 71, 5, false);
        registerAs(PRESENT, cancelled);
        callers().signIn(ORGANISER);
        long cancelledRegistration = registrationOf(cancelled, PRESENT);
        activities().cancel(cancelled, "Болезнь ведущего");
        startedAnHourAgo(cancelled);
        assertRefused("attendance", "activity.cancelled",
                () -> attendance().take(cancelled, Map.of(cancelledRegistration, true)));
        assertEquals(ActivityStatus.CANCELLED, activities().view(cancelled).status());
    }

    @Test
    default void onlyTheOrganiserTakesAttendance() {
        long id = openEvent("Семинар: чужая явка", 72, 5, false);
        registerAs(PRESENT, id);
        callers().signIn(ORGANISER);
        long registration = registrationOf(id, PRESENT);
        startedAnHourAgo(id);
        for (String who : List.of(PRESENT, COLLEAGUE, ELSEWHERE)) {
            callers().signIn(who);
            assertThrows(NotFoundException.class, () -> attendance().take(id, Map.of(registration, true)), who);
        }
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ?"
                + " AND ATTENDED IS NOT NULL", id), "nothing marked");
        assertEquals("PUBLISHED", db().column("SELECT STATUS FROM ACTIVITY WHERE ID = ?", id).get(0));
    }

    @Test
    default void aWaitingPersonOrAnotherEventsRegistrationRefusesTheWholeListAndNothingIsStored() {
        long id = openEvent("Семинар: очередь и явка", 73, 1, false);
        registerAs(PRESENT, id);
        registerAs(WAITING, id);
        long other = openEvent("Семинар: другое", 74, 5, false);
        registerAs(ABSENT, other);
        callers().signIn(ORGANISER);
        long placed = registrationOf(id, PRESENT);
        long waiting = registrationOf(id, WAITING);
        long elsewhere = registrationOf(other, ABSENT);
        startedAnHourAgo(id);
        assertRefused("attendance", "activity.attendanceNotRegistered",
                () -> attendance().take(id, Map.of(placed, true, waiting, true)));
        assertRefused("attendance", "activity.attendanceNotRegistered",
                () -> attendance().take(id, Map.of(placed, true, elsewhere, false)));
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID IN (?, ?)"
                + " AND ATTENDED IS NOT NULL", id, other), "nothing marked");
        assertEquals(ActivityStatus.PUBLISHED, activities().view(id).status());
    }

    @Test
    default void attendanceHoldsTheEventAndTheCertificatesFollowIt() {
        long id = openEvent("Мастер-класс: смысловое чтение (итоги)", 75, 5, true);
        registerAs(PRESENT, id);
        registerAs(ABSENT, id);
        callers().signIn(ORGANISER);
        List<RegistrationView> list = registrations().of(id);
        assertEquals(2, list.size(), "the organiser sees the registrations of both other schools: " + list);
        long present = registrationOf(id, PRESENT);
        long absent = registrationOf(id, ABSENT);
        startedAnHourAgo(id);
        TeacherWork presentBefore = workOf(PRESENT);
        TeacherWork absentBefore = workOf(ABSENT);
        TeacherWork colleagueBefore = workOf(COLLEAGUE);

        callers().signIn(PRESENT);
        assertRefused("activity", "activity.noCertificate", () -> eventCertificates().forMe(id, Language.RU, VERIFY));
        callers().signIn(COLLEAGUE);
        assertRefused("activity", "activity.noCertificate", () -> eventCertificates().forMe(id, Language.RU, VERIFY));

        callers().signIn(ORGANISER);
        attendance().take(id, Map.of(present, true, absent, false));
        assertEquals(ActivityStatus.HELD, activities().view(id).status());
        assertEquals(List.of(true, false), List.of(attended(present), attended(absent)));
        assertEquals(List.of("PRESENT_COUNT=1", "ABSENT_COUNT=1"), db().column(
                "SELECT c.FIELD_KEY || '=' || c.NEW_VALUE FROM AUDIT_CHANGE c JOIN AUDIT_ENTRY e ON e.ID = c.ENTRY_ID WHERE e.AUDIT_ACTION = ?"
                + " AND e.RECORD_ID = ? AND c.FIELD_KEY LIKE '%_COUNT' ORDER BY c.FIELD_ORDER",
                "ACTIVITY_ATTENDANCE_TAKEN", id), "audited with the counts");

        // A teacher's work as the events count it (the mentor's report reads it): the one marked present attended
        // one event more, in their own school; the absent one none; the staff presenter presented at one more.
        assertEquals(new TeacherWork(presentBefore.eventsAttended() + 1, presentBefore.eventsPresented(),
                presentBefore.openLessonsGiven(), 0, presentBefore.meetingTalks()), workOf(PRESENT));
        assertEquals(absentBefore, workOf(ABSENT));
        assertEquals(new TeacherWork(colleagueBefore.eventsAttended(), colleagueBefore.eventsPresented() + 1,
                colleagueBefore.openLessonsGiven(), 0, colleagueBefore.meetingTalks()), workOf(COLLEAGUE));
        callers().signIn(ELSEWHERE);
        assertEquals(TeacherWork.NONE, teacherWorks().of(db().staffIdOf(PRESENT), accountOf(PRESENT),
                LocalDate.now(SCHOOL_TIME).minusDays(2), LocalDate.now(SCHOOL_TIME)), "nothing from another school");

        // The one marked present: a participant's certificate, the same code on every download, in any language.
        callers().signIn(PRESENT);
        EventCertificate first = eventCertificates().forMe(id, Language.RU, VERIFY);
        CertificateStatement s = first.statement();
        assertEquals(CertificateKind.EVENT_PARTICIPATION, s.kind());
        assertEquals(db().column("SELECT FULL_NAME FROM ACTIVITY_REGISTRATION WHERE ID = ?", present).get(0),
                s.holderName());
        assertEquals("Мастер-класс: смысловое чтение (итоги)", s.title());
        assertEquals(activities().view(id).startsAt().toLocalDate(), s.dated(), "the day it was held");
        assertTrue(isPdf(first.pdf()));
        assertEquals("ru", first.language());
        EventCertificate again = eventCertificates().forMe(id, Language.KK, VERIFY);
        assertEquals(s.code(), again.statement().code(), "entered once: the same code");
        assertEquals("kk", again.language());
        assertFalse(Arrays.equals(first.pdf(), again.pdf()), "printed in Kazakh this time");
        assertEquals(1, db().number("SELECT COUNT(*) FROM CERTIFICATE_REGISTER WHERE SUBJECT_KEY = ?",
                "ACTIVITY:" + id + ":ATTENDED:" + accountOf(PRESENT)));
        assertEquals(1, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = ? AND RECORD_ID = ?"
                + " AND ACTOR_ACCOUNT_ID = ?", "ACTIVITY_CERTIFICATE_ISSUED", id, accountOf(PRESENT)), "issued once");
        CertificateStatement checked = check().check(s.code().toLowerCase()).orElseThrow();
        assertEquals(s.holderName(), checked.holderName());
        assertEquals(CertificateKind.EVENT_PARTICIPATION, checked.kind());
        List<TakenPart> mine = eventCertificates().takenPart();
        TakenPart part = mine.stream().filter(t -> t.activityId() == id).findFirst().orElseThrow();
        assertEquals(CertificateKind.EVENT_PARTICIPATION, part.certificate());
        assertTrue(part.certificateAvailable());
        assertEquals(ActivityKind.MASTER_CLASS, part.kind());

        // The one marked absent, and someone never registered: none.
        callers().signIn(ABSENT);
        assertRefused("activity", "activity.noCertificate", () -> eventCertificates().forMe(id, null, VERIFY));
        assertTrue(eventCertificates().takenPart().stream().noneMatch(t -> t.activityId() == id));
        callers().signIn(NOT_REGISTERED);
        assertRefused("activity", "activity.noCertificate", () -> eventCertificates().forMe(id, null, VERIFY));

        // The staff presenter: a presenter's certificate, found by the public check with the name.
        callers().signIn(COLLEAGUE);
        EventCertificate talk = eventCertificates().forMe(id, null, VERIFY);
        assertEquals(CertificateKind.EVENT_PRESENTATION, talk.statement().kind());
        assertNotEquals(s.code(), talk.statement().code());
        assertEquals(talk.statement().code(), eventCertificates().forMe(id, Language.RU, VERIFY).statement().code());
        assertEquals(talk.statement().holderName(), check().check(talk.statement().code()).orElseThrow().holderName());
        assertTrue(eventCertificates().takenPart().stream().anyMatch(t -> t.activityId() == id
                && t.certificate() == CertificateKind.EVENT_PRESENTATION && t.certificateAvailable()));

        // A guest presenter's, for the organiser only; a staff presenter's is their own to download.
        long guest = db().number("SELECT ID FROM ACTIVITY_PRESENTER WHERE ACTIVITY_ID = ? AND STAFF_ID IS NULL", id);
        long staff = db().number("SELECT ID FROM ACTIVITY_PRESENTER WHERE ACTIVITY_ID = ? AND STAFF_ID IS NOT NULL",
                id);
        callers().signIn(PRESENT);
        assertThrows(NotFoundException.class, () -> eventCertificates().forPresenter(id, guest, Language.RU, VERIFY));
        callers().signIn(ORGANISER);
        EventCertificate guests = eventCertificates().forPresenter(id, guest, Language.RU, VERIFY);
        assertEquals(GUEST, guests.statement().holderName());
        assertEquals(guests.statement().code(),
                eventCertificates().forPresenter(id, guest, Language.KK, VERIFY).statement().code());
        assertEquals(GUEST, check().check(guests.statement().code()).orElseThrow().holderName());
        assertRefused("activity", "activity.noCertificate",
                () -> eventCertificates().forPresenter(id, staff, Language.RU, VERIFY));

        // A HELD event's marks may be corrected: the absent one now present, and their certificate follows.
        attendance().take(id, Map.of(absent, true));
        assertTrue(attended(absent));
        assertEquals(ActivityStatus.HELD, activities().view(id).status());
        callers().signIn(ABSENT);
        assertEquals(CertificateKind.EVENT_PARTICIPATION,
                eventCertificates().forMe(id, Language.KK, VERIFY).statement().kind());
    }

    ZoneId SCHOOL_TIME = ZoneId.of("Asia/Qostanay");

    /**
     * The one trick for an event in the past (an event cannot be published after its start): moves a published
     * event's start to an hour ago, its end to an hour ahead, and the registration window before the start.
     */
    private void startedAnHourAgo(long id) {
        LocalDateTime now = LocalDateTime.now(SCHOOL_TIME).withNano(0);
        db().inTransaction(() -> db().em().createNativeQuery("UPDATE ACTIVITY SET STARTS_AT = ?, ENDS_AT = ?,"
                        + " REGISTRATION_OPENS_AT = ?, REGISTRATION_CLOSES_AT = ? WHERE ID = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .setParameter(1, Timestamp.valueOf(now.minusHours(1)))
                .setParameter(2, Timestamp.valueOf(now.plusHours(1)))
                .setParameter(3, Timestamp.valueOf(now.minusHours(3)))
                .setParameter(4, Timestamp.valueOf(now.minusHours(1)))
                .setParameter(5, id).executeUpdate());
    }

    /** A published event of school №12 open to the town, days ahead, with a staff and a guest presenter if asked. */
    private long openEvent(String titleRu, int daysAhead, int capacity, boolean presenters) {
        callers().signIn(ORGANISER);
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.MASTER_CLASS);
        f.setLevel(ActivityLevel.TOWN);
        f.setAudience(Audience.TOWN);
        f.setTitleRu(titleRu);
        LocalDateTime start = LocalDate.now(SCHOOL_TIME).plusDays(daysAhead).atTime(15, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(2));
        f.setPlace("Актовый зал");
        f.setCapacity(capacity);
        f.setRegistrationOpensAt(LocalDateTime.now(SCHOOL_TIME).minusHours(1));
        f.setRegistrationClosesAt(start);
        if (presenters) {
            f.getPresenters().add(new PresenterForm(db().staffIdOf(COLLEAGUE), null));
            f.getPresenters().add(new PresenterForm(null, GUEST));
        }
        long id = activities().create(f);
        activities().publish(id);
        return id;
    }

    /** The person's work around today, as counted in their own school (signed in as themselves). */
    private TeacherWork workOf(String username) {
        callers().signIn(username);
        LocalDate today = LocalDate.now(SCHOOL_TIME);
        return teacherWorks().of(db().staffIdOf(username), accountOf(username), today.minusDays(2), today.plusDays(1));
    }

    private void registerAs(String username, long id) {
        callers().signIn(username);
        registrations().register(id);
    }

    private long registrationOf(long activityId, String username) {
        return db().number("SELECT ID FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ? AND ACCOUNT_ID = ?",
                activityId, accountOf(username));
    }

    private long accountOf(String username) {
        return db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?", username);
    }

    private boolean attended(long registrationId) {
        Object value = db().column("SELECT ATTENDED FROM ACTIVITY_REGISTRATION WHERE ID = ?", registrationId).get(0);
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 1000 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    private static void assertRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }
}
