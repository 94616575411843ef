package kz.rudny.cabinet.events.activities.boundary;

/**
 * What a library link of an event names: a material of the organising school's library (only for a school's own
 * event), or the district's copy of a shared material (any event; the only kind an event open to the town takes).
 */
public enum LinkedMaterialKind {
    SCHOOL_MATERIAL,
    DISTRICT_SHARE
}
