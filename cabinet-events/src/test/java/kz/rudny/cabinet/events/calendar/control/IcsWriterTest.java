package kz.rudny.cabinet.events.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** The feed's iCalendar as a calendar program reads it: parsed back with ical4j. */
class IcsWriterTest {

    private static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");
    private static final Instant NOW = Instant.parse("2026-03-02T08:15:30.123Z");

    @Test
    void theZoneDataIsTheBundledOneAndNeverUpdatedFromTheNetwork() {
        assertEquals("false", Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse(null),
                "ical4j.properties on the class path turns the tzurl.org update off");
    }

    @Test
    void qostanayIsFiveHoursAheadOfUtcIn2026AsTheJdkSays() {
        // Kazakhstan moved to one zone, UTC+5, on 1 March 2024 (tzdata 2024a); the JDK here agrees.
        assertEquals(ZoneOffset.ofHours(5), RUDNY.getRules().getOffset(Instant.parse("2026-06-01T00:00:00Z")));
        VTimeZone vtimezone = IcsWriter.vtimezone(RUDNY);
        assertNotNull(vtimezone, "ical4j's bundled zone data has Asia/Qostanay");
        for (String day : List.of("2026-01-15T12:00:00", "2026-07-15T12:00:00", "2026-11-30T12:00:00")) {
            assertEquals(ZoneOffset.ofHours(5), vtimezone.getApplicableObservance(Instant.parse(day + "Z"))
                    .getTimeZoneOffsetTo().getOffset(), day);
        }
    }

    @Test
    void anEntryIsWrittenWithEverythingACalendarNeedsAndReadsBackTheSame() throws Exception {
        CalendarEntry entry = CalendarEntry.timed(EntryKind.ROOM_BOOKING, 42, "Әдістемелік кеңес; «жоспар», 2-тоқсан",
                LocalDateTime.of(2026, 3, 10, 15, 0), LocalDateTime.of(2026, 3, 10, 16, 30), "Әдістемелік кабинет",
                EntryStatus.CONFIRMED, 3, Instant.parse("2026-03-01T10:00:00Z"), "/events/rooms.xhtml");
        String ics = new IcsWriter(RUDNY, "https://cabinet.rudny.example/").write(List.of(entry), "Менің күнтізбем", NOW);

        assertTrue(ics.contains("\r\n"), "lines end with CRLF");
        assertTrue(ics.contains("DTSTART;TZID=Asia/Qostanay:20260310T150000"), ics);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertNotNull(parsed.getComponent("VTIMEZONE").orElse(null), "the zone travels with the feed");
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertEquals("room-booking-42@cabinet.rudny.kz", value(event, "UID"));
        assertEquals("3", value(event, "SEQUENCE"));
        assertEquals("20260301T100000Z", value(event, "LAST-MODIFIED"));
        assertEquals("20260302T081530Z", value(event, "DTSTAMP"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("Әдістемелік кеңес; «жоспар», 2-тоқсан", value(event, "SUMMARY"), "text escaped and read back");
        assertEquals("Әдістемелік кабинет", value(event, "LOCATION"));
        assertEquals("https://cabinet.rudny.example/events/rooms.xhtml", value(event, "URL"));
        Temporal start = event.getDateTimeStart().getDate();
        assertEquals(ZonedDateTime.of(2026, 3, 10, 15, 0, 0, 0, RUDNY).toInstant(), ZonedDateTime.from(start).toInstant(),
                "15:00 in Rudny is 10:00 UTC");
        assertEquals(ZoneOffset.ofHours(5), ZonedDateTime.from(start).getOffset());
    }

    @Test
    void aCancelledEntryStaysWithStatusCancelledAndAnAllDayEntryHasDates() throws Exception {
        CalendarEntry cancelled = CalendarEntry.timed(EntryKind.ROOM_BOOKING, 7, "Консультация",
                LocalDateTime.of(2026, 4, 1, 9, 0), LocalDateTime.of(2026, 4, 1, 10, 0), null, EntryStatus.CANCELLED,
                1, NOW, "/events/rooms.xhtml");
        CalendarEntry due = CalendarEntry.allDay(EntryKind.DECISION_DUE, 9, "Отчёт", LocalDate.of(2026, 4, 20), null,
                EntryStatus.CONFIRMED, 0, NOW, "/associations.xhtml");
        String ics = new IcsWriter(RUDNY, "http://localhost:8080").write(List.of(cancelled, due), null, NOW);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals("CANCELLED", value(events.get(0), "STATUS"));
        assertEquals("1", value(events.get(0), "SEQUENCE"));
        assertFalse(events.get(0).getProperty("LOCATION").isPresent(), "no empty location");
        assertEquals("decision-due-9@cabinet.rudny.kz", value(events.get(1), "UID"));
        assertEquals(LocalDate.of(2026, 4, 20), events.get(1).getDateTimeStart().getDate());
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20260420"), ics);
    }

    @Test
    void aZoneIcal4jDoesNotKnowIsWrittenInUtc() throws Exception {
        CalendarEntry entry = CalendarEntry.timed(EntryKind.EVENT, 1, "Семинар", LocalDateTime.of(2026, 5, 5, 10, 0),
                LocalDateTime.of(2026, 5, 5, 12, 0), null, EntryStatus.CONFIRMED, 0, NOW, null);
        String ics = new IcsWriter(ZoneId.of("+05:00"), "http://localhost:8080").write(List.of(entry), null, NOW);
        assertTrue(ics.contains("DTSTART:20260505T050000Z"), ics);
        assertFalse(ics.contains("VTIMEZONE"), ics);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}
