package kz.rudny.cabinet.events.calendar.boundary;

/** What a calendar entry is about; also the first part of its UID ({@code room-booking-12@…}). */
public enum EntryKind {
    ROOM_BOOKING,
    MEETING,
    EVENT,
    DECISION_DUE,
    DISTRICT_EVENT;

    /** {@code ROOM_BOOKING} → {@code room-booking}: the UID's prefix. */
    public String uidPrefix() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
