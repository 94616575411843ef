package kz.rudny.cabinet.events.activities.boundary;

/** An event's life: a draft only its organisers see, published (announced, open for registration), then held or cancelled. */
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    HELD,
    CANCELLED
}
