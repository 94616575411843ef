package kz.rudny.cabinet.events.activities.boundary;

/** What kind of event it is, as the annual plan and the reports count them. */
public enum ActivityKind {
    MASTER_CLASS,
    SEMINAR,
    CONFERENCE,
    ROUND_TABLE,
    OPEN_LESSON,
    LESSON_STUDY_LESSON,
    PEDAGOGICAL_COUNCIL
}
