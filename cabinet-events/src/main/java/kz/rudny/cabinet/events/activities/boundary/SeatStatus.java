package kz.rudny.cabinet.events.activities.boundary;

/** A registration holds a place, waits in the queue, or was cancelled by the person (or with the event). */
public enum SeatStatus {
    REGISTERED,
    WAITING,
    CANCELLED
}
