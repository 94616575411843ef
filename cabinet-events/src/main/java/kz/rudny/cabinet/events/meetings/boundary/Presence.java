package kz.rudny.cabinet.events.meetings.boundary;

/** A member at a meeting: present, absent, or excused (with a reason). */
public enum Presence {
    PRESENT,
    ABSENT,
    EXCUSED
}
