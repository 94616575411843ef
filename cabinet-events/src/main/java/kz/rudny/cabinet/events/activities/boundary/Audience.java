package kz.rudny.cabinet.events.activities.boundary;

/**
 * Who may see an event and register: the organising school's people only, every school of the town (a school's
 * open event), or every school as a district event (organised by the district).
 */
public enum Audience {
    SCHOOL,
    TOWN,
    DISTRICT
}
