package kz.rudny.cabinet.events.meetings.boundary;

/** Minutes are a draft, every save kept as a revision, until the head makes them final; final minutes are locked. */
public enum MinutesState {
    DRAFT,
    FINAL
}
