package kz.rudny.cabinet.domain.audit.boundary;

/** What the shared kernel records in a school's audit trail. */
public enum DomainAction implements AuditAction {
    SCHOOL_CREATED,
    STAFF_CREATED,
    STAFF_UPDATED,
    STAFF_IMPORTED,
    STAFF_DEACTIVATED,
    STAFF_ACTIVATED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    PROFILE_UPDATED,
    ASSOCIATION_CREATED,
    ASSOCIATION_UPDATED,
    ASSOCIATION_DELETED
}
