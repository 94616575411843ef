package kz.rudny.cabinet.library.catalogue.boundary;

/** A place in a title's reservation queue. */
public record QueueEntry(long reservationId, String name) {
}
