package kz.rudny.cabinet.mentoring.audit.boundary;

import kz.rudny.cabinet.domain.audit.boundary.AuditField;

/** The fields of the mentoring module's records that the audit trail keeps. */
public enum MentoringField implements AuditField {
    YOUNG_SPECIALIST,
    MENTOR,
    ORDER_NUMBER,
    ORDER_DATE,
    END_REASON,
    TEACHER,
    COURSE_TITLE,
    COURSE_PROVIDER,
    COURSE_HOURS,
    COURSE_ENDS_ON,
    LAST_ATTESTED_ON,
    APPLIED_FOR
}
