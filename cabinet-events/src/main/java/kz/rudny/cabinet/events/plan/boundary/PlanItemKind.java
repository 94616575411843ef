package kz.rudny.cabinet.events.plan.boundary;

/** What a plan item is: the kinds of methodical work schools plan. */
public enum PlanItemKind {
    ASSOCIATION_MEETING,
    METHODICAL_COUNCIL,
    PEDAGOGICAL_COUNCIL,
    SEMINAR,
    MASTER_CLASS,
    OPEN_LESSON,
    LESSON_STUDY,
    SUBJECT_WEEK,
    OLYMPIAD,
    COURSE,
    ATTESTATION,
    MONITORING,
    OTHER
}
