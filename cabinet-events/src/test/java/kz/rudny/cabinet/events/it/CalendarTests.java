package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.events.calendar.boundary.Calendar;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;
import kz.rudny.cabinet.events.calendar.boundary.FeedLink;
import kz.rudny.cabinet.events.calendar.boundary.FeedLinks;
import kz.rudny.cabinet.events.calendar.boundary.PrivateFeed;
import kz.rudny.cabinet.events.it.support.BookingMover;
import kz.rudny.cabinet.events.rooms.boundary.BookingForm;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import kz.rudny.cabinet.events.rooms.boundary.Slot;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The calendar on a real server and database: a person's own bookings from the room-bookings source, a
 * cancellation and a move seen through a growing sequence, another school's entries never reached, and the private
 * feed's token (stored hashed, reset makes the old one useless at once).
 *
 * <p>Run in the container by {@link EventsSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface CalendarTests {

    static final String TEACHER = "s12.teacher";
    static final String COLLEAGUE = "s12.t02";
    static final String OTHER_SCHOOL = "g3.teacher";

    Callers callers();

    TestDatabase db();

    Rooms rooms();

    RoomBookings bookings();

    BookingMover mover();

    Calendar calendar();

    FeedLinks feedLinks();

    PrivateFeed feed();

    @Test
    default void aPersonSeesTheirOwnBookingsOfTheRangeAndNotTheirColleagues() {
        LocalDate day = day(80);
        callers().signIn(TEACHER);
        long mine = bookings().book(form(cabinet(), day, 9, 0, 10, 0, "Консультация для родителей"));
        callers().signIn(COLLEAGUE);
        long theirs = bookings().book(form(cabinet(), day, 10, 0, 11, 0, "Кружок"));

        callers().signIn(TEACHER);
        List<CalendarEntry> entries = calendar().entries(day, day);
        CalendarEntry entry = only(entries, mine);
        assertEquals(EntryKind.ROOM_BOOKING, entry.kind());
        assertEquals("room-booking-" + mine + "@cabinet.rudny.kz", entry.uid());
        assertEquals("Консультация для родителей", entry.title());
        assertEquals(day.atTime(9, 0), entry.start());
        assertEquals(day.atTime(10, 0), entry.end());
        assertEquals(EntryStatus.CONFIRMED, entry.status());
        assertTrue(entry.place().contains("Методический кабинет"), entry.place());
        assertEquals("/events/rooms.xhtml", entry.link());
        assertTrue(entries.stream().noneMatch(e -> e.uid().equals(CalendarEntry.uid(EntryKind.ROOM_BOOKING, theirs))),
                "a colleague's booking of the same room is not personal");
        assertTrue(calendar().entries(day.plusDays(1), day.plusDays(3)).stream().noneMatch(e -> e.uid().equals(entry.uid())),
                "outside the range");
    }

    @Test
    default void aCancelledBookingStaysCancelledWithAHigherSequenceAndAMovedOneGrowsToo() {
        LocalDate day = day(90);
        callers().signIn(TEACHER);
        long id = bookings().book(form(cabinet(), day, 14, 0, 15, 0, "Открытый урок"));
        CalendarEntry booked = only(calendar().entries(day, day), id);

        mover().move(id, new Slot(day.atTime(15, 0), day.atTime(16, 0)));
        CalendarEntry moved = only(calendar().entries(day, day), id);
        assertEquals(day.atTime(15, 0), moved.start());
        assertTrue(moved.sequence() > booked.sequence(), booked.sequence() + " → " + moved.sequence());
        assertFalse(moved.lastModified().isBefore(booked.lastModified()));

        bookings().cancel(id);
        CalendarEntry cancelled = only(calendar().entries(day, day), id);
        assertEquals(EntryStatus.CANCELLED, cancelled.status());
        assertTrue(cancelled.sequence() > moved.sequence(), moved.sequence() + " → " + cancelled.sequence());
        assertEquals(booked.uid(), cancelled.uid(), "the same UID, so calendars replace it");
    }

    @Test
    default void anotherSchoolsEntriesNeverAppearNorDownload() throws Exception {
        LocalDate day = day(100);
        callers().signIn(OTHER_SCHOOL);
        long theirs = bookings().book(form(cabinet(), day, 11, 0, 12, 0, "Әдістемелік кеңес"));
        String theirUid = CalendarEntry.uid(EntryKind.ROOM_BOOKING, theirs);
        assertTrue(calendar().entryIcs(theirUid).contains(theirUid), "its owner downloads it");

        callers().signIn(TEACHER);
        assertTrue(calendar().entries(day, day).stream().noneMatch(e -> e.uid().equals(theirUid)));
        assertThrows(NotFoundException.class, () -> calendar().entryIcs(theirUid));
        String ownFeed = feed().ics(token(feedLinks().issue())).orElseThrow();
        assertFalse(ownFeed.contains(theirUid), "the teacher's feed has nothing of the other school");
        assertTrue(events(ownFeed).stream().allMatch(e -> !e.getProperty("SUMMARY").map(Property::getValue)
                .orElse("").equals("Әдістемелік кеңес")));
    }

    @Test
    default void theFeedAnswersTheTokensOwnerOnlyAndAResetMakesTheOldTokenUseless() throws Exception {
        LocalDate day = day(110);
        callers().signIn(TEACHER);
        long id = bookings().book(form(cabinet(), day, 16, 0, 17, 0, "Педсовет"));
        FeedLink first = feedLinks().issue();
        assertTrue(first.url().matches("https?://.+/feeds/calendar/[A-Za-z0-9_-]{43}\\.ics"), first.url());
        assertTrue(first.webcalUrl().startsWith("webcal://"), first.webcalUrl());
        String token = token(first);
        assertEquals(0, db().number("SELECT COUNT(*) FROM CALENDAR_FEED WHERE TOKEN_HASH = ?", token),
                "the token itself is never stored");
        assertEquals(1, db().number("SELECT COUNT(*) FROM CALENDAR_FEED WHERE ACCOUNT_ID = (SELECT ID FROM ACCOUNT"
                + " WHERE USERNAME = ?) AND SCHOOL_ID = ?", TEACHER, db().schoolOf(TEACHER)));

        // The feed is asked with nobody signed in, and also while someone of another school is: the token decides.
        callers().signOut();
        VEvent event = byUid(feed().ics(token).orElseThrow(), CalendarEntry.uid(EntryKind.ROOM_BOOKING, id));
        assertEquals("Педсовет", event.getProperty("SUMMARY").map(Property::getValue).orElse(null));
        callers().signIn(OTHER_SCHOOL);
        byUid(feed().ics(token).orElseThrow(), CalendarEntry.uid(EntryKind.ROOM_BOOKING, id));

        callers().signIn(TEACHER);
        String second = token(feedLinks().issue());
        assertNotEquals(token, second);
        assertEquals(Optional.empty(), feed().ics(token), "the old link stops at once");
        assertTrue(feed().ics(second).isPresent());
        assertTrue(feedLinks().activeSince().isPresent());
        assertEquals(1, db().number("SELECT COUNT(*) FROM CALENDAR_FEED WHERE ACCOUNT_ID = (SELECT ID FROM ACCOUNT"
                + " WHERE USERNAME = ?)", TEACHER), "one link per person");
        assertTrue(db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'CALENDAR_FEED_RESET' AND"
                + " ACTOR_ACCOUNT_ID = (SELECT ID FROM ACCOUNT WHERE USERNAME = ?)", TEACHER) >= 1, "the reset is audited");
        assertEquals(0, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE DETAILS LIKE ?", "%" + second + "%")
                + db().number("SELECT COUNT(*) FROM AUDIT_CHANGE WHERE NEW_VALUE LIKE ?", "%" + second + "%"),
                "the token is never written to the audit trail");

        for (String wrong : new String[] {"", "x", second.substring(1) + "A", second.toUpperCase(), "../../etc/passwd",
                second + "A", null}) {
            assertEquals(Optional.empty(), feed().ics(wrong), String.valueOf(wrong));
        }
    }

    private long cabinet() {
        return rooms().all().stream().filter(r -> r.kind() == RoomKind.METHODICAL_CABINET).findFirst().orElseThrow().id();
    }

    private static CalendarEntry only(List<CalendarEntry> entries, long bookingId) {
        String uid = CalendarEntry.uid(EntryKind.ROOM_BOOKING, bookingId);
        List<CalendarEntry> found = entries.stream().filter(e -> e.uid().equals(uid)).toList();
        assertEquals(1, found.size(), entries.toString());
        return found.get(0);
    }

    private static String token(FeedLink link) {
        String url = link.url();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - FeedLink.SUFFIX.length());
    }

    private static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
    }

    private static VEvent byUid(String ics, String uid) throws Exception {
        return events(ics).stream().filter(e -> e.getProperty("UID").map(Property::getValue).orElse("").equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError(uid + " not in\n" + ics));
    }

    /** A weekday some weeks ahead, a different one per test. */
    private static LocalDate day(int daysAhead) {
        LocalDate d = LocalDate.now().plusDays(daysAhead);
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    private static BookingForm form(long room, LocalDate day, int fromH, int fromM, int toH, int toM, String purpose) {
        BookingForm f = new BookingForm();
        f.setRoomId(room);
        f.setDate(day);
        f.setStart(LocalTime.of(fromH, fromM));
        f.setEnd(LocalTime.of(toH, toM));
        f.setPurpose(purpose);
        return f;
    }
}
