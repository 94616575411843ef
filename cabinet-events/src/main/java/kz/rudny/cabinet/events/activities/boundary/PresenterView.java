package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;

/** A presenter of an event: a colleague of the organising school, or a guest named by the organiser. */
public record PresenterView(long id, String fullName, boolean guest) implements Serializable {
}
