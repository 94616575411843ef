package kz.rudny.cabinet.events.activities.boundary;

/** The level an event is held at, as attestation portfolios and the department's reports name it. */
public enum ActivityLevel {
    SCHOOL,
    TOWN,
    REGION,
    REPUBLIC,
    INTERNATIONAL
}
