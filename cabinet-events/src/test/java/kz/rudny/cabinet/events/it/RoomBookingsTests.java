package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.events.rooms.boundary.BookingForm;
import kz.rudny.cabinet.events.rooms.boundary.BookingView;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import org.junit.jupiter.api.Test;

/**
 * Booking the school's rooms on a real server and database: the overlap rule at its edges, bad slots refused by
 * field with nothing stored, cancelling by the owner or the methodologist, and another school's rooms out of
 * reach. Each test books its own day, weeks ahead, in the Russian-language school №12.
 *
 * <p>Run in the container by {@link EventsSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface RoomBookingsTests {

    static final String TEACHER = "s12.teacher";
    static final String HEAD = "s12.head";
    static final String OTHER_TEACHER = "s12.t01";
    static final String METHODOLOGIST = "s12.methodologist";

    Callers callers();

    Rooms rooms();

    RoomBookings bookings();

    @Test
    default void everySchoolHasItsCabinetAndHallAndTheDemoCabinetIsBookedThisWeek() {
        callers().signIn(TEACHER);
        List<RoomKind> kinds = rooms().all().stream().map(RoomView::kind).toList();
        assertTrue(kinds.containsAll(List.of(RoomKind.METHODICAL_CABINET, RoomKind.ASSEMBLY_HALL)), kinds.toString());
        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Qostanay")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<BookingView> week = bookings().week(cabinet(), monday);
        assertEquals(5, week.stream().filter(b -> !b.cancelled()).count(), week.toString());
        assertTrue(week.stream().anyMatch(b -> b.purpose().equals("Методический совет")), "in the school's language");

        // A booking that has ended is kept as it was: not offered for cancelling, and refused if asked (there is
        // one whenever this runs after Monday 15:00 of the school's week).
        callers().signIn(METHODOLOGIST);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(ZoneId.of("Asia/Qostanay"));
        bookings().week(cabinet(), monday).stream().filter(b -> b.endsAt().isBefore(now)).forEach(ended -> {
            assertTrue(!ended.cancellable(), ended.toString());
            assertField("booking", "booking.over", () -> bookings().cancel(ended.id()));
        });
        assertTrue(bookings().week(cabinet(), monday).stream().filter(b -> b.endsAt().isAfter(now)).allMatch(BookingView::cancellable),
                "the methodologist may cancel every booking still ahead");
    }

    @Test
    default void touchingSlotsAreBothKeptAndOverlappingOnesAreRefusedNamingTheHolder() {
        LocalDate day = day(40);
        callers().signIn(TEACHER);
        long room = cabinet();
        String holder = callers().username();
        bookings().book(form(room, day, 10, 0, 11, 0, "Консультация родителей"));
        callers().signIn(HEAD);
        bookings().book(form(room, day, 11, 0, 12, 0, "Заседание МО"));
        bookings().book(form(room, day, 9, 0, 10, 0, "Подготовка к олимпиаде"));

        for (int[] clash : new int[][] {{10, 30, 11, 30}, {9, 30, 10, 1}, {10, 15, 10, 45}, {8, 0, 13, 0}, {10, 0, 11, 0}}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> bookings().book(form(room, day, clash[0], clash[1], clash[2], clash[3], "Пересекается")));
            InvalidInputException.Problem p = refused.problems().get(0);
            assertEquals("start", p.field());
            assertEquals("booking.slotTaken", p.messageKey());
        }
        InvalidInputException crossing = assertThrows(InvalidInputException.class,
                () -> bookings().book(form(room, day, 10, 30, 10, 50, "Пересекается")));
        assertTrue(String.valueOf(crossing.problems().get(0).arguments()[1]).equals("Консультация родителей"),
                "the loser is told what holds the slot");
        assertTrue(!String.valueOf(crossing.problems().get(0).arguments()[0]).isBlank(), holder + " by name");
        assertEquals(3, live(room, day).size(), "only the three that do not overlap are kept");
    }

    @Test
    default void badSlotsAreRefusedByFieldAndNothingIsStored() {
        LocalDate day = day(50);
        callers().signIn(TEACHER);
        long room = cabinet();
        assertField("end", "booking.endBeforeStart", () -> bookings().book(form(room, day, 11, 0, 10, 0, "Наоборот")));
        assertField("end", "booking.endBeforeStart", () -> bookings().book(form(room, day, 11, 0, 11, 0, "Ноль минут")));
        assertField("date", "booking.inPast", () -> bookings().book(form(room, LocalDate.now().minusDays(2), 10, 0, 11, 0,
                "Вчера")));
        assertField("roomId", "booking.roomUnknown", () -> bookings().book(form(999_999L, day, 10, 0, 11, 0, "Нет такой")));
        assertThrows(ConstraintViolationException.class, () -> bookings().book(form(room, day, 10, 0, 11, 0, "  ")));
        assertThrows(ConstraintViolationException.class, () -> bookings().book(form(room, day, 10, 0, 11, 0, "я".repeat(301))));
        BookingForm empty = new BookingForm();
        assertThrows(ConstraintViolationException.class, () -> bookings().book(empty));
        assertEquals(List.of(), live(room, day), "nothing half-written");
        long id = bookings().book(form(room, day, 10, 0, 11, 0, "<script>alert(1)</script> Қазақша мәтін"));
        assertEquals("<script>alert(1)</script> Қазақша мәтін", live(room, day).get(0).purpose(),
                "kept as typed: the page escapes it");
        assertTrue(id > 0);
    }

    @Test
    default void aBookingIsCancelledByItsOwnerOrTheMethodologistAndTheSlotIsFreeAgain() {
        LocalDate day = day(60);
        callers().signIn(TEACHER);
        long room = cabinet();
        long first = bookings().book(form(room, day, 14, 0, 15, 0, "Кружок"));
        callers().signIn(OTHER_TEACHER);
        assertField("booking", "booking.notYours", () -> bookings().cancel(first));
        assertEquals(1, live(room, day).size());
        callers().signIn(METHODOLOGIST);
        bookings().cancel(first);
        assertField("booking", "booking.alreadyCancelled", () -> bookings().cancel(first));
        callers().signIn(HEAD);
        long second = bookings().book(form(room, day, 14, 0, 15, 0, "Заседание МО"));
        assertEquals(List.of(second), live(room, day).stream().map(BookingView::id).toList());
        assertTrue(live(room, day).get(0).cancellable(), "the owner may cancel");
        callers().signIn(TEACHER);
        assertTrue(!live(room, day).get(0).cancellable(), "another teacher may not");
        bookings().cancel(bookings().book(form(room, day, 15, 0, 16, 0, "Своя бронь")));
    }

    @Test
    default void anotherSchoolsRoomsAndBookingsAreOutOfReach() {
        LocalDate day = day(70);
        callers().signIn("g3.teacher");
        long theirRoom = cabinet();
        long theirBooking = bookings().book(form(theirRoom, day, 10, 0, 11, 0, "Кеңес"));
        callers().signIn(TEACHER);
        assertTrue(rooms().all().stream().noneMatch(r -> r.id() == theirRoom), "not among this school's rooms");
        assertField("roomId", "booking.roomUnknown", () -> bookings().book(form(theirRoom, day, 12, 0, 13, 0, "Чужой")));
        assertThrows(NotFoundException.class, () -> bookings().week(theirRoom, day));
        assertThrows(NotFoundException.class, () -> bookings().cancel(theirBooking));
        callers().signIn("g3.teacher");
        assertEquals(1, live(theirRoom, day).size(), "their booking stays, alone");
    }

    private long cabinet() {
        return rooms().all().stream().filter(r -> r.kind() == RoomKind.METHODICAL_CABINET).findFirst().orElseThrow().id();
    }

    private List<BookingView> live(long room, LocalDate day) {
        return bookings().week(room, day).stream()
                .filter(b -> !b.cancelled() && b.startsAt().toLocalDate().equals(day)).toList();
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

    private static void assertField(String field, String key, Runnable action) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).messageKey());
    }
}
