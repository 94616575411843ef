package kz.rudny.cabinet.domain.people.boundary;

/** Where a piece of a teacher's work lives in the cabinet, for a link to it: an event, a library material, a meeting. */
public enum WorkLink {
    EVENT,
    MATERIAL,
    MEETING
}
