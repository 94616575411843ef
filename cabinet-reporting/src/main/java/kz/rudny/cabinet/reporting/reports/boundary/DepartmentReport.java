package kz.rudny.cabinet.reporting.reports.boundary;

/**
 * The standard tables the town's education department asks for (forms.md), each for the district (a line per
 * school and the total) or for one school; the indicators each one shows are named in one place, the reports'
 * layouts ({@code reports.control.ReportLayouts}).
 */
public enum DepartmentReport {
    /** The qualitative composition of teachers: by qualification category, education, experience band and age band. */
    TEACHER_COMPOSITION,
    /** Course coverage: teachers with a confirmed course in the rule's period, their share, those overdue. */
    COURSE_COVERAGE,
    /** Mentoring coverage: young specialists with and without a mentor, mentors' reports signed off. */
    MENTORING_COVERAGE,
    /**
     * The methodical work of the year: association meetings, the annual plan's fulfilment, events held by kind and by
     * level, open lessons, materials published, shared and featured.
     */
    METHODICAL_WORK,
    /** The attestation schedule of the year: teachers due this academic year and overdue, counted and by name. */
    ATTESTATION_SCHEDULE
}
