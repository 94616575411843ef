package kz.rudny.cabinet.events.rooms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.rooms.entity.Room;
import kz.rudny.cabinet.events.rooms.entity.RoomBooking;

/**
 * Booking the school's rooms. A booking locks its room's row, looks for a live booking that overlaps, and only
 * then writes: parallel bookings of one room are checked one after the other by the database, so exactly one of
 * two clashing bookings is kept and the other is refused with who holds the slot.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class RoomBookings {

    public static final String RECORD = "RoomBooking";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The room's live and cancelled bookings of the seven days from {@code from}, in time order. */
    public List<BookingView> week(long roomId, @NotNull LocalDate from) {
        room(roomId);
        Long me = profile.staffId().orElse(null);
        boolean methodologist = caller.has(Role.SCHOOL_METHODOLOGIST);
        LocalDateTime now = LocalDateTime.now(settings.timeZone());
        return tenancy.schoolData(em).createQuery("SELECT b FROM RoomBooking b WHERE b.room.id = :room"
                        + " AND b.startsAt < :to AND b.endsAt > :from ORDER BY b.startsAt, b.id", RoomBooking.class)
                .setParameter("room", roomId)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", from.plusDays(7).atStartOfDay())
                .getResultList().stream()
                .map(b -> new BookingView(b.getId(), roomId, b.getStartsAt(), b.getEndsAt(), b.getPurpose(),
                        b.getBookedByName(), b.isCancelled(), !b.isCancelled() && b.getEndsAt().isAfter(now)
                        && (methodologist || (me != null && me.equals(b.getBookedByStaffId())))))
                .toList();
    }

    /** Books the room for the slot; refused by field when the slot is bad, in the past or taken. */
    public long book(@NotNull @Valid BookingForm form) {
        Slot slot = slotOf(form);
        if (slot.start().isBefore(LocalDateTime.now(settings.timeZone()))) {
            throw new InvalidInputException("date", "booking.inPast");
        }
        StaffCard me = profile.staffCard().orElseThrow(() -> new InvalidInputException("roomId", "booking.notStaff"));
        EntityManager data = tenancy.schoolData(em);
        Room room = lockedRoom(data, form.getRoomId());
        holderOf(data, room, slot);
        RoomBooking booking = new RoomBooking(room, slot, form.getPurpose(), me.staffId(), me.fullName(), nowUtc());
        data.persist(booking);
        data.flush();
        audit.record(EventsAction.ROOM_BOOKED, RECORD, booking.getId(), Changes.describe()
                .value(EventsField.ROOM, room.getName() != null ? room.getName() : room.getKind())
                .value(EventsField.STARTS_AT, slot.start().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.ENDS_AT, slot.end().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.PURPOSE, form.getPurpose()));
        return booking.getId();
    }

    /**
     * Books the room for what is held there (a meeting, an event: {@code sourceKind}, {@code sourceId}), in the
     * caller's transaction, by the caller, refused as {@link #book} refuses (the field is {@code roomId} for the room
     * and {@code start} for a taken slot). The source's own boundary has checked that the caller may hold it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bookFor(long roomId, @NotNull Slot slot, @NotNull String purpose, @NotNull String sourceKind,
                        long sourceId) {
        if (slot.start().isBefore(LocalDateTime.now(settings.timeZone()))) {
            throw new InvalidInputException("roomId", "booking.inPast");
        }
        StaffCard me = profile.staffCard().orElseThrow(() -> new InvalidInputException("roomId", "booking.notStaff"));
        EntityManager data = tenancy.schoolData(em);
        Room room = lockedRoom(data, roomId);
        holderOf(data, room, slot);
        String text = purpose.length() > 300 ? purpose.substring(0, 299) + "…" : purpose;
        RoomBooking booking = new RoomBooking(room, slot, text, me.staffId(), me.fullName(), nowUtc());
        booking.heldFor(sourceKind, sourceId);
        data.persist(booking);
        data.flush();
        audit.record(EventsAction.ROOM_BOOKED, RECORD, booking.getId(), Changes.describe()
                .value(EventsField.ROOM, room.getName() != null ? room.getName() : room.getKind())
                .value(EventsField.STARTS_AT, slot.start().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.ENDS_AT, slot.end().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.PURPOSE, text));
        return booking.getId();
    }

    /**
     * Frees a source's booking (the meeting moved, changed room or was cancelled): only bookings made for a source
     * are released this way, and one already cancelled or over is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(long bookingId, @NotNull String sourceKind, long sourceId) {
        RoomBooking b = tenancy.schoolData(em).find(RoomBooking.class, bookingId);
        if (b == null || !sourceKind.equals(b.getSourceKind()) || b.getSourceId() == null
                || b.getSourceId() != sourceId || b.isCancelled()
                || !b.getEndsAt().isAfter(LocalDateTime.now(settings.timeZone()))) {
            return;
        }
        b.cancel(caller.getFullName(), nowUtc());
        audit.record(EventsAction.ROOM_BOOKING_CANCELLED, RECORD, b.getId(), Changes.describe()
                .value(EventsField.STARTS_AT, b.getStartsAt().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.PURPOSE, b.getPurpose()));
    }

    /** The room of a booking (for showing where a meeting is), if the booking is the school's. */
    public java.util.Optional<RoomView> roomOf(long bookingId) {
        RoomBooking b = tenancy.schoolData(em).find(RoomBooking.class, bookingId);
        return b == null ? java.util.Optional.empty() : java.util.Optional.of(
                new RoomView(b.getRoom().getId(), b.getRoom().getKind(), b.getRoom().getName()));
    }

    /** Cancels a live booking that has not ended: one's own, or any as the school methodologist. */
    public void cancel(long bookingId) {
        RoomBooking b = tenancy.schoolData(em).find(RoomBooking.class, bookingId);
        if (b == null) {
            throw new NotFoundException(RECORD, bookingId);
        }
        Long me = profile.staffId().orElse(null);
        if (!caller.has(Role.SCHOOL_METHODOLOGIST) && (me == null || !me.equals(b.getBookedByStaffId()))) {
            throw new InvalidInputException("booking", "booking.notYours");
        }
        if (b.isCancelled()) {
            throw new InvalidInputException("booking", "booking.alreadyCancelled");
        }
        if (!b.getEndsAt().isAfter(LocalDateTime.now(settings.timeZone()))) {
            throw new InvalidInputException("booking", "booking.over");
        }
        b.cancel(caller.getFullName(), nowUtc());
        audit.record(EventsAction.ROOM_BOOKING_CANCELLED, RECORD, b.getId(), Changes.describe()
                .value(EventsField.STARTS_AT, b.getStartsAt().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.PURPOSE, b.getPurpose()));
    }

    private static Slot slotOf(BookingForm form) {
        if (!form.getEnd().isAfter(form.getStart())) {
            throw new InvalidInputException("end", "booking.endBeforeStart");
        }
        return new Slot(form.getDate().atTime(form.getStart()), form.getDate().atTime(form.getEnd()));
    }

    private Room room(long roomId) {
        Room room = tenancy.schoolData(em).find(Room.class, roomId);
        if (room == null) {
            throw new NotFoundException(Rooms.RECORD, roomId);
        }
        return room;
    }

    /** The room, its row locked until this transaction ends: bookings of one room are written one at a time. */
    private static Room lockedRoom(EntityManager data, long roomId) {
        Room room = data.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null || !room.isActive()) {
            throw new InvalidInputException("roomId", "booking.roomUnknown");
        }
        return room;
    }

    /** Refuses the slot when a live booking of the room overlaps it, saying whose it is and when. */
    private static void holderOf(EntityManager data, Room room, Slot slot) {
        data.createQuery("SELECT b FROM RoomBooking b WHERE b.room = :room AND b.cancelledAt IS NULL"
                        + " AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt", RoomBooking.class)
                .setParameter("room", room)
                .setParameter("start", slot.start())
                .setParameter("end", slot.end())
                .setMaxResults(1)
                .getResultStream().findFirst().ifPresent(b -> {
                    throw new InvalidInputException("start", "booking.slotTaken", b.getBookedByName(), b.getPurpose(),
                            b.getStartsAt().format(TIME), b.getEndsAt().format(TIME));
                });
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
