package kz.rudny.cabinet.mentoring.selfeducation.boundary;

/**
 * What shows a stage's work (texts {@code selfEducation.outcome.<NAME>}): a talk at an association meeting, an open
 * lesson, a master class, a publication.
 */
public enum OutcomeKind {
    TALK,
    OPEN_LESSON,
    MASTER_CLASS,
    PUBLICATION
}
