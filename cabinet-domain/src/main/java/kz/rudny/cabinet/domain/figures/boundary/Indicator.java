package kz.rudny.cabinet.domain.figures.boundary;

/**
 * What the district compares schools by (texts {@code indicator.<NAME>}): each a count of one school in one academic
 * year, some split by a key (the category, the event's kind). Counted by the module that keeps the records (a
 * {@link SchoolFigureSource}); kept side by side for every school by reporting.
 */
public enum Indicator {
    /** Teachers (active staff) by qualification category; key: the category, or NONE. */
    TEACHERS_BY_CATEGORY,
    /** The same teachers by their highest education; key: the {@code EducationLevel}, or NONE where not known. */
    TEACHERS_BY_EDUCATION,
    /** The same teachers by full years of teaching; key: the {@code ExperienceBand}, or NONE where not known. */
    TEACHERS_BY_EXPERIENCE,
    /** The same teachers by age in full years; key: the {@code AgeBand}, or NONE where not known. */
    TEACHERS_BY_AGE,
    /** Teachers whose attestation falls due in this academic year. */
    ATTESTATION_DUE,
    /** Teachers past their attestation's due day. */
    ATTESTATION_OVERDUE,
    /** Teachers with a confirmed course in the rule's period (of all teachers: the coverage). */
    COURSE_COVERED,
    /** Teachers past the course rule's due day. */
    COURSE_OVERDUE,
    /** Young specialists with a mentor this academic year. */
    YOUNG_WITH_MENTOR,
    /** Young specialists without one. */
    YOUNG_WITHOUT_MENTOR,
    /** Mentors' reports of the year signed off. */
    MENTOR_REPORTS_SIGNED,
    /** Association meetings held in the academic year. */
    MEETINGS_HELD,
    /** Association meetings planned for it (held, still planned and cancelled). */
    MEETINGS_PLANNED,
    /** Events the school held in the academic year; key: the kind. */
    EVENTS_HELD,
    /** Materials published in the school in the academic year. */
    MATERIALS_PUBLISHED,
    /** Materials the school shared to the district in the academic year. */
    MATERIALS_SHARED
}
