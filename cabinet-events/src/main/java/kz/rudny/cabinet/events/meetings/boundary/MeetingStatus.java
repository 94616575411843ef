package kz.rudny.cabinet.events.meetings.boundary;

/** Planned (with its agenda), held (attendance and minutes recorded), or cancelled (with a reason). */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
