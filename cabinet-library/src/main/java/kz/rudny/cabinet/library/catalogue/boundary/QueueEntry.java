package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;

/** A place in a title's reservation queue. */
public record QueueEntry(long reservationId, String name) implements Serializable {
}
