package kz.rudny.cabinet.domain.figures.boundary;

/**
 * What the district compares schools by (texts {@code indicator.<NAME>}): each a count of one school in one academic
 * year, some split by a key (the category, the event's kind). Counted by the module that keeps the records (a
 * {@link SchoolFigureSource}); kept side by side for every school by reporting.
 * <p>
 * Two sorts: a <em>standing</em> figure says how things stand on the day it is counted (teachers by category, who is
 * overdue) and has no quarter; a figure <em>per quarter</em> counts what happened in each quarter of the year
 * (meetings held, materials published), so that a quarter can be read alone and the year is the sum of its quarters.
 */
public enum Indicator {
    /** Teachers (active staff) by qualification category; key: the category, or NONE. */
    TEACHERS_BY_CATEGORY(false),
    /** The same teachers by their highest education; key: the {@code EducationLevel}, or NONE where not known. */
    TEACHERS_BY_EDUCATION(false),
    /** The same teachers by full years of teaching; key: the {@code ExperienceBand}, or NONE where not known. */
    TEACHERS_BY_EXPERIENCE(false),
    /** The same teachers by age in full years; key: the {@code AgeBand}, or NONE where not known. */
    TEACHERS_BY_AGE(false),
    /** Teachers whose attestation falls due in this academic year. */
    ATTESTATION_DUE(false),
    /** Teachers past their attestation's due day. */
    ATTESTATION_OVERDUE(false),
    /** Teachers with a confirmed course in the rule's period (of all teachers: the coverage). */
    COURSE_COVERED(false),
    /** Teachers past the course rule's due day. */
    COURSE_OVERDUE(false),
    /** Young specialists with a mentor this academic year. */
    YOUNG_WITH_MENTOR(false),
    /** Young specialists without one. */
    YOUNG_WITHOUT_MENTOR(false),
    /** Mentors' reports of the year signed off. */
    MENTOR_REPORTS_SIGNED(false),
    /** Association meetings held, by the quarter of their day. */
    MEETINGS_HELD(true),
    /** Association meetings planned (held, still planned and cancelled), by the quarter of their day. */
    MEETINGS_PLANNED(true),
    /** Items of the annual methodical plan due so far (their term has begun), by the quarter of their term. */
    PLAN_ITEMS_DUE(true),
    /** Items of the annual methodical plan marked held, by the quarter of their term. */
    PLAN_ITEMS_HELD(true),
    /** Events the school held, by quarter; key: the kind. */
    EVENTS_HELD(true),
    /** The same events by their level; key: the level (school, town, region ...). */
    EVENTS_BY_LEVEL(true),
    /** Open lessons the school's teachers gave (held), by quarter. */
    OPEN_LESSONS(true),
    /** Teachers of other schools who attended the school's held events, by quarter. */
    GUESTS_RECEIVED(true),
    /** The school's teachers who attended other schools' and the district's held events, by quarter. */
    GUESTS_SENT(true),
    /** Materials published in the school, by the quarter of publication. */
    MATERIALS_PUBLISHED(true),
    /** Of those, shared to the district (or featured there). */
    MATERIALS_SHARED(true),
    /** Of those, featured by the district as best practice. */
    MATERIALS_FEATURED(true),
    /** Downloads by other schools of the materials the school shared, by the quarter of the download. */
    SHARE_DOWNLOADS_RECEIVED(true),
    /** Downloads the school's people made of other schools' shared materials, by quarter. */
    SHARE_DOWNLOADS_MADE(true),
    /** Ratings other schools gave the materials the school shared, by quarter. */
    SHARE_RATINGS_RECEIVED(true),
    /** Of those, ratings of four or five stars. */
    SHARE_RATINGS_HIGH(true);

    private final boolean perQuarter;

    Indicator(boolean perQuarter) {
        this.perQuarter = perQuarter;
    }

    /** Counted per quarter (what happened in it), or standing (how things are on the day counted). */
    public boolean perQuarter() {
        return perQuarter;
    }
}
