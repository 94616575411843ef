package kz.rudny.cabinet.mentoring.selfeducation.boundary;

/**
 * Where an outcome is in the cabinet, when it is: an association meeting, an event, a library material. The web
 * layer finds them with the reader's rights; this module keeps the reference.
 */
public enum OutcomeLink {
    MEETING,
    EVENT,
    MATERIAL
}
