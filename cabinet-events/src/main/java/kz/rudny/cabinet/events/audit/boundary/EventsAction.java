package kz.rudny.cabinet.events.audit.boundary;

import kz.rudny.cabinet.domain.audit.boundary.AuditAction;

/** What the events module records in a school's audit trail. */
public enum EventsAction implements AuditAction {
    ROOM_CREATED,
    ROOM_BOOKED,
    ROOM_BOOKING_CANCELLED,
    MEETING_PLANNED,
    MEETING_CHANGED,
    MEETING_CANCELLED,
    MINUTES_SAVED,
    MINUTES_MADE_FINAL,
    MINUTES_ADDENDUM_ADDED,
    DECISION_DONE,
    MEETING_FILE_ADDED,
    MEETING_FILE_REMOVED,
    PLAN_ITEM_CREATED,
    PLAN_ITEM_CHANGED,
    PLAN_ITEM_EXECUTED,
    PLAN_ITEM_DELETED,
    PLAN_STARTED_FROM_PREVIOUS,
    CALENDAR_FEED_ISSUED,
    CALENDAR_FEED_RESET
}
