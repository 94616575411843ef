package kz.rudny.cabinet.events.rooms.boundary;

import java.io.Serializable;

/** A room as lists show it: a seeded room has no name (show {@code roomKind.<KIND>}). */
public record RoomView(long id, RoomKind kind, String name) implements Serializable {
}
