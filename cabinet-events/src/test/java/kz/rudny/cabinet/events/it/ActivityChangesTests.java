package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.NoticeView;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.FeedbackSummary;
import kz.rudny.cabinet.events.activities.boundary.FeedbackView;
import kz.rudny.cabinet.events.activities.boundary.Feedbacks;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.events.calendar.boundary.Calendar;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;
import kz.rudny.cabinet.events.calendar.boundary.FeedLink;
import kz.rudny.cabinet.events.calendar.boundary.FeedLinks;
import kz.rudny.cabinet.events.calendar.boundary.PrivateFeed;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.Test;

/**
 * Changing and moving an event, events in people's calendars, and attendees' feedback, on a real server and
 * database as the demo schools' people: a moved event tells everyone registered or waiting and grows its
 * calendar sequence; a stale form or too few places are refused with nothing changed; raised places move the queue
 * up; the calendar (and the private feed, with nobody signed in) shows one's events, a cancelled one as cancelled,
 * never another school's own; feedback only from attendees, once, 1 to 5, read by the organiser alone. Each test
 * makes events of its own, 70 to 100 days ahead.
 */
interface ActivityChangesTests {

    String METHODOLOGIST = "s12.methodologist";
    String OTHER_TEACHER = "g3.teacher";
    String OTHER_HEAD = "g3.head";
    String THIRD_TEACHER = "s7.teacher";
    String THIRD_METHODOLOGIST = "s7.methodologist";

    ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Activities activities();

    Registrations registrations();

    Feedbacks feedbacks();

    Inbox inbox();

    Rooms rooms();

    Calendar calendar();

    FeedLinks feedLinks();

    PrivateFeed feed();

    @Test
    default void movingAPublishedEventTellsEveryoneRegisteredOrWaitingMovesItsRoomAndGrowsItsSequence() {
        callers().signIn(METHODOLOGIST);
        long room = rooms().all().get(0).id();
        ActivityForm made = form(Audience.TOWN, "Мастер-класс: перенос", 73, 1);
        made.setStartsAt(made.getStartsAt().withHour(18));
        made.setEndsAt(made.getStartsAt().plusHours(1));
        made.setRegistrationClosesAt(made.getStartsAt());
        made.setRoomId(room);
        long id = activities().create(made);
        activities().publish(id);
        callers().signIn(OTHER_TEACHER);
        registrations().register(id);
        callers().signIn(THIRD_TEACHER);
        assertEquals(SeatStatus.WAITING, registrations().register(id).status());
        long sequence = db().number("SELECT SEQUENCE_NO FROM ACTIVITY WHERE ID = ?", id);
        long bookingBefore = db().number("SELECT ROOM_BOOKING_ID FROM ACTIVITY WHERE ID = ?", id);

        callers().signIn(METHODOLOGIST);
        ActivityForm moved = activities().form(id);
        assertEquals(room, moved.getRoomId(), "the form shows the booked room");
        LocalDateTime start = day(74).atTime(18, 30);
        moved.setStartsAt(start);
        moved.setEndsAt(start.plusHours(1));
        moved.setRegistrationClosesAt(start);
        moved.setPlace("Кабинет 204");
        activities().update(id, moved);

        ActivityView view = activities().view(id);
        assertEquals(start, view.startsAt());
        assertEquals("Кабинет 204", view.place());
        assertEquals(sequence + 1, db().number("SELECT SEQUENCE_NO FROM ACTIVITY WHERE ID = ?", id));
        long bookingAfter = db().number("SELECT ROOM_BOOKING_ID FROM ACTIVITY WHERE ID = ?", id);
        assertNotEquals(bookingBefore, bookingAfter, "the room is booked for the new time");
        assertNotNull(db().column("SELECT CANCELLED_AT FROM ROOM_BOOKING WHERE ID = ?", bookingBefore).get(0),
                "the old time is freed");
        assertEquals(start, ((Timestamp) db().column("SELECT STARTS_AT FROM ROOM_BOOKING WHERE ID = ?", bookingAfter)
                .get(0)).toLocalDateTime());
        assertEquals(1, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'ACTIVITY_CHANGED'"
                + " AND RECORD_ID = ?", id));
        for (String who : List.of(OTHER_TEACHER, THIRD_TEACHER)) {
            callers().signIn(who);
            assertEquals(1, movedNotices(id).size(), who + " is told once");
            assertTrue(movedNotices(id).get(0).text().contains("Кабинет 204"), movedNotices(id).toString());
        }

        // A change that does not move it (the description): no new sequence, nobody told again.
        callers().signIn(METHODOLOGIST);
        ActivityForm described = activities().form(id);
        described.setDescription("Возьмите с собой ноутбук.");
        activities().update(id, described);
        assertEquals(sequence + 1, db().number("SELECT SEQUENCE_NO FROM ACTIVITY WHERE ID = ?", id));
        callers().signIn(OTHER_TEACHER);
        assertEquals(1, movedNotices(id).size());
    }

    @Test
    default void aFormOpenedBeforeAnotherChangeIsRefusedAndChangesNothing() {
        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.SCHOOL, "Семинар: устаревшая форма", 76, 10));
        ActivityForm first = activities().form(id);
        ActivityForm second = activities().form(id);
        first.setTitleRu("Семинар: первая правка");
        activities().update(id, first);
        long version = activities().view(id).version();
        second.setTitleRu("Семинар: вторая правка");
        assertThrows(ChangedSinceOpenedException.class, () -> activities().update(id, second));
        assertEquals("Семинар: первая правка", activities().view(id).titleRu());
        assertEquals(version, activities().view(id).version(), "nothing changed");

        activities().cancel(id, "Перенесли на весну");
        ActivityForm afterCancel = activities().form(id);
        afterCancel.setTitleRu("Отменённое");
        assertRefused("status", "activity.notChangeable", () -> activities().update(id, afterCancel));
        assertEquals("Семинар: первая правка", activities().view(id).titleRu());
    }

    @Test
    default void thePlacesInTheFormNeverGoBelowThoseTakenAndRaisedMoveTheQueueUp() {
        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.TOWN, "Семинар: места в форме", 83, 2));
        activities().publish(id);
        for (String who : List.of(OTHER_TEACHER, THIRD_TEACHER, OTHER_HEAD, THIRD_METHODOLOGIST)) {
            callers().signIn(who);
            registrations().register(id);
        }
        callers().signIn(METHODOLOGIST);
        ActivityView before = activities().view(id);
        ActivityForm fewer = activities().form(id);
        fewer.setCapacity(1);
        fewer.setTitleRu("Семинар: не сохранится");
        assertRefused("capacity", "activity.capacityBelowTaken", () -> activities().update(id, fewer));
        ActivityView unchanged = activities().view(id);
        assertEquals(before.version(), unchanged.version());
        assertEquals("Семинар: места в форме", unchanged.titleRu());
        assertEquals(2, unchanged.capacity());
        assertEquals(2, unchanged.taken());
        assertEquals(2, unchanged.waiting());

        ActivityForm more = activities().form(id);
        more.setCapacity(3);
        activities().update(id, more);
        ActivityView raised = activities().view(id);
        assertEquals(3, raised.capacity());
        assertEquals(3, raised.taken());
        assertEquals(1, raised.waiting());
        callers().signIn(OTHER_HEAD);
        assertEquals(SeatStatus.REGISTERED, activities().view(id).mySeat(), "the first waiting took the new place");
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Семинар: места в форме")
                && n.link().equals("/events/activity.xhtml?id=" + id)), "and is told");
        callers().signIn(THIRD_METHODOLOGIST);
        assertEquals(1, activities().view(id).myPosition());
        assertEquals(3, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ?"
                + " AND STATUS = 'REGISTERED'", id), "the counter agrees with the rows");
    }

    @Test
    default void theCalendarShowsOnesEventsACancelledOneAsCancelledAndNoOtherSchoolsOwn() {
        LocalDate day = day(86);
        callers().signIn(METHODOLOGIST);
        long kept = activities().create(form(Audience.TOWN, "Мастер-класс: в календаре", 86, 10));
        long dropped = activities().create(form(Audience.TOWN, "Мастер-класс: отменённый", 86, 10));
        activities().publish(kept);
        activities().publish(dropped);
        callers().signIn(THIRD_METHODOLOGIST);
        long theirs = activities().create(form(Audience.SCHOOL, "Педсовет школы №7", 86, 10));
        activities().publish(theirs);
        String theirUid = CalendarEntry.uid(EntryKind.EVENT, theirs);
        assertTrue(calendar().entries(day, day).stream().anyMatch(e -> e.uid().equals(theirUid)),
                "its organiser has it");

        callers().signIn(OTHER_TEACHER);
        registrations().register(kept);
        registrations().register(dropped);
        callers().signIn(METHODOLOGIST);
        activities().cancel(dropped, "Болезнь ведущего");

        callers().signIn(OTHER_TEACHER);
        List<CalendarEntry> entries = calendar().entries(day, day);
        CalendarEntry entry = only(entries, kept);
        assertEquals(EntryStatus.CONFIRMED, entry.status());
        assertEquals("Мастер-класс: в календаре", entry.title());
        assertEquals(day.atTime(15, 0), entry.start());
        assertEquals("/events/activity.xhtml?id=" + kept, entry.link());
        CalendarEntry cancelled = only(entries, dropped);
        assertEquals(EntryStatus.CANCELLED, cancelled.status());
        assertEquals(1, cancelled.sequence(), "a cancellation grows the sequence");
        assertTrue(entries.stream().noneMatch(e -> e.uid().equals(theirUid)), "another school's own event");

        // The private feed: nobody signed in, the token's owner's school is the viewer.
        String token = token(feedLinks().issue());
        callers().signOut();
        String ics = feed().ics(token).orElseThrow();
        callers().signIn(OTHER_TEACHER);
        assertTrue(ics.contains(CalendarEntry.uid(EntryKind.EVENT, kept)), ics);
        assertTrue(ics.contains(CalendarEntry.uid(EntryKind.EVENT, dropped)), ics);
        assertFalse(ics.contains(theirUid), ics);
    }

    @Test
    default void onlyAttendeesGiveFeedbackOnceAndOnlyTheOrganiserReadsTheSummary() {
        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.TOWN, "Семинар: отзывы", 93, 10));
        activities().publish(id);
        for (String who : List.of(OTHER_TEACHER, THIRD_TEACHER, OTHER_HEAD)) {
            callers().signIn(who);
            registrations().register(id);
        }
        markAttended(id, OTHER_TEACHER);
        markAttended(id, THIRD_TEACHER);
        String count = "SELECT COUNT(*) FROM ACTIVITY_FEEDBACK WHERE ACTIVITY_ID = ?";

        callers().signIn(OTHER_HEAD);
        assertRefused("rating", "activity.feedbackAttendeesOnly", () -> feedbacks().give(id, 5, "Не был"));
        assertEquals(0, db().number(count, id));

        callers().signIn(OTHER_TEACHER);
        assertRefused("rating", "activity.feedbackRating", () -> feedbacks().give(id, 0, null));
        assertRefused("rating", "activity.feedbackRating", () -> feedbacks().give(id, 6, null));
        assertEquals(0, db().number(count, id));
        assertEquals(Optional.empty(), feedbacks().mine(id));
        feedbacks().give(id, 5, "  Очень полезно  ");
        assertEquals(Optional.of("Очень полезно"), feedbacks().mine(id).map(FeedbackView::comment));
        assertRefused("rating", "activity.feedbackGiven", () -> feedbacks().give(id, 1, "Передумал"));
        assertEquals(5, feedbacks().mine(id).orElseThrow().rating(), "the first stays");
        assertEquals(1, db().number(count, id));
        assertThrows(NotFoundException.class, () -> feedbacks().summary(id), "an attendee reads no summary");

        callers().signIn(THIRD_TEACHER);
        feedbacks().give(id, 2, null);

        callers().signIn(METHODOLOGIST);
        FeedbackSummary summary = feedbacks().summary(id);
        assertEquals(2, summary.count());
        assertEquals(3.5, summary.average(), 0.001);
        assertEquals(List.of(0L, 1L, 0L, 0L, 1L), summary.perRating());
        assertEquals(List.of("Очень полезно"), summary.comments().stream().map(FeedbackView::comment).toList());
        callers().signIn(THIRD_METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> feedbacks().summary(id), "not the organiser");
        assertEquals(2, db().number(count, id));
    }

    /**
     * Marks the person's registration attended, straight in the database: attendance is taken by another part of
     * the events (not yet here); swap this for its boundary when it comes.
     */
    private void markAttended(long activityId, String username) {
        int updated = db().inTransaction(() -> db().em().createNativeQuery("UPDATE ACTIVITY_REGISTRATION"
                        + " SET ATTENDED = TRUE WHERE ACTIVITY_ID = ? AND ACCOUNT_ID = (SELECT ID FROM ACCOUNT"
                        + " WHERE USERNAME = ?)").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .setParameter(1, activityId).setParameter(2, username).executeUpdate());
        assertEquals(1, updated, username);
    }

    /** An event {@code daysAhead} at 15:00–17:00 school time (never a Sunday), registration open until the start. */
    private static ActivityForm form(Audience audience, String titleRu, int daysAhead, int capacity) {
        ActivityForm f = new ActivityForm();
        f.setKind(audience == Audience.SCHOOL ? ActivityKind.PEDAGOGICAL_COUNCIL : ActivityKind.MASTER_CLASS);
        f.setLevel(audience == Audience.SCHOOL ? ActivityLevel.SCHOOL : ActivityLevel.TOWN);
        f.setAudience(audience);
        f.setTitleRu(titleRu);
        f.setDescription("Для учителей-предметников.");
        LocalDateTime start = day(daysAhead).atTime(15, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(2));
        f.setPlace("Актовый зал");
        f.setCapacity(capacity);
        f.setRegistrationOpensAt(LocalDateTime.now(RUDNY).minusHours(1));
        f.setRegistrationClosesAt(start);
        return f;
    }

    private static LocalDate day(int daysAhead) {
        LocalDate d = LocalDate.now(RUDNY).plusDays(daysAhead);
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    private List<NoticeView> movedNotices(long id) {
        return unread().stream().filter(n -> n.link().equals("/events/activity.xhtml?id=" + id)
                && n.text().contains("теперь")).toList();
    }

    private List<NoticeView> unread() {
        return inbox().page(new PageRequest(0, 50, null, false, null), Language.RU).items().stream()
                .filter(n -> !n.read()).toList();
    }

    private static CalendarEntry only(List<CalendarEntry> entries, long activityId) {
        String uid = CalendarEntry.uid(EntryKind.EVENT, activityId);
        List<CalendarEntry> found = entries.stream().filter(e -> e.uid().equals(uid)).toList();
        assertEquals(1, found.size(), entries.toString());
        return found.get(0);
    }

    private static String token(FeedLink link) {
        String url = link.url();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - FeedLink.SUFFIX.length());
    }

    private static void assertRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }
}
