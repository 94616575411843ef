package kz.rudny.cabinet.domain.audit.boundary;

/** The fields of the shared kernel's records that the audit trail keeps. */
public enum DomainField implements AuditField {
    NAME,
    DESCRIPTION,
    TEACHING_LANGUAGE,
    METHODOLOGIST,
    USERNAME,
    FULL_NAME,
    JOB_TITLE,
    /** Kept for entries written before the start date replaced the year. */
    CAREER_START_YEAR,
    TEACHING_SINCE,
    CATEGORY,
    BIRTH_DATE,
    EDUCATION,
    CAMBRIDGE_COURSES,
    ROLES,
    SUBJECTS,
    LANGUAGE,
    HEAD,
    MEMBERS,
    FILE,
    USERNAMES,
    REFUSED_ROWS,
    EMAIL
}
