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
    NOTE
}
