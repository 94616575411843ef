package kz.rudny.cabinet.events.rooms.boundary;

/** What a room is; the seeded ones are named by their kind (message key {@code roomKind.<KIND>}). */
public enum RoomKind {
    METHODICAL_CABINET,
    ASSEMBLY_HALL,
    CLASSROOM,
    OTHER
}
