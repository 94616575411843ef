package kz.rudny.cabinet.events.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.CalendarOwner;
import kz.rudny.cabinet.events.calendar.boundary.CalendarSource;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.events.rooms.entity.Room;
import kz.rudny.cabinet.events.rooms.entity.RoomBooking;

/**
 * The owner's own room bookings in their calendar, cancelled ones as cancelled; a booking made by a meeting or an
 * event is in the calendar as that meeting or event, not twice. Bookings of the school's rooms
 * by others are not personal and stay on the rooms page. The booking's version is the entry's sequence (it grows
 * with every change, a cancellation included).
 */
@ApplicationScoped
public class BookingsInCalendar implements CalendarSource {

    /** The seeded rooms have no name of their own; the feed has no reader's language, so both school languages. */
    private static final String CABINET = "Әдістемелік кабинет / Методический кабинет";
    private static final String HALL = "Мәжіліс залы / Актовый зал";
    static final String LINK = "/events/rooms.xhtml";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Override
    public List<CalendarEntry> entriesFor(CalendarOwner owner, LocalDate from, LocalDate to) {
        return tenancy.schoolData(em).createQuery("SELECT b FROM RoomBooking b WHERE b.bookedByStaffId = :staff"
                        + " AND b.sourceKind IS NULL"
                        + " AND b.startsAt < :to AND b.endsAt > :from ORDER BY b.startsAt, b.id", RoomBooking.class)
                .setParameter("staff", owner.staffId())
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList().stream()
                .map(b -> CalendarEntry.timed(EntryKind.ROOM_BOOKING, b.getId(), b.getPurpose(), b.getStartsAt(),
                        b.getEndsAt(), place(b.getRoom()), b.isCancelled() ? EntryStatus.CANCELLED : EntryStatus.CONFIRMED,
                        (int) Math.max(0, b.getVersion() - 1), b.getUpdatedAt().toInstant(ZoneOffset.UTC), LINK))
                .toList();
    }

    private static String place(Room room) {
        if (room.getName() != null) {
            return room.getName();
        }
        return room.getKind() == RoomKind.METHODICAL_CABINET ? CABINET
                : room.getKind() == RoomKind.ASSEMBLY_HALL ? HALL : null;
    }
}
