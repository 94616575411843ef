package kz.rudny.cabinet.events.audit.boundary;

import kz.rudny.cabinet.domain.audit.boundary.AuditField;

/** The fields of the events module's records that the audit trail keeps. */
public enum EventsField implements AuditField {
    ROOM,
    STARTS_AT,
    ENDS_AT,
    PURPOSE,
    ASSOCIATION,
    PLACE,
    AGENDA,
    REASON,
    PROTOCOL_NUMBER,
    CHAIR,
    ATTENDANCE,
    MINUTES,
    DECISIONS,
    NOTE,
    FILE,
    PLAN_YEAR,
    PLAN_TITLE,
    PLAN_KIND,
    PLAN_TERM,
    PLAN_RESPONSIBLE,
    PLAN_EXPECTED_RESULT,
    PLAN_MARK,
    PLAN_HELD_ON,
    PLAN_REASON,
    PLAN_ITEMS_COPIED,
    ACTIVITY_TITLE,
    ACTIVITY_KIND,
    CAPACITY,
    ONLINE_LINK,
    RATING,
    PRESENT_COUNT,
    ABSENT_COUNT,
    CERTIFICATE,
    VERIFICATION_CODE,
    LIBRARY_MATERIAL
}
