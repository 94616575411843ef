package kz.rudny.cabinet.events.rooms.boundary;

/** A room as lists show it: a seeded room has no name (show {@code roomKind.<KIND>}). */
public record RoomView(long id, RoomKind kind, String name) {
}
