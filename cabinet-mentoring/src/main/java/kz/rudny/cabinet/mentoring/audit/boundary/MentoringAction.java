package kz.rudny.cabinet.mentoring.audit.boundary;

import kz.rudny.cabinet.domain.audit.boundary.AuditAction;

/**
 * What the mentoring module records in a school's audit trail: the steps with an order or a signature behind them
 * (a mentor assigned, a pair ended early, the mentor's report submitted and signed off), the course records and their
 * confirmation, and the attestation the methodologist records.
 */
public enum MentoringAction implements AuditAction {
    MENTOR_ASSIGNED,
    MENTORING_ENDED,
    MENTOR_REPORT_SUBMITTED,
    MENTOR_REPORT_SIGNED,
    COURSE_RECORDED,
    COURSE_CHANGED,
    COURSE_REMOVED,
    COURSE_CONFIRMED,
    ATTESTATION_RECORDED
}
