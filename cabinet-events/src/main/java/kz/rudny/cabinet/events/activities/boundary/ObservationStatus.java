package kz.rudny.cabinet.events.activities.boundary;

/** An observation being filled (only its observer sees it), or submitted: locked, read by the teacher too. */
public enum ObservationStatus {
    DRAFT,
    SUBMITTED
}
