package kz.rudny.cabinet.events.calendar.boundary;

/** Whether an entry still happens; a cancelled one stays in the feed so subscribed calendars drop it. */
public enum EntryStatus {
    CONFIRMED,
    CANCELLED
}
