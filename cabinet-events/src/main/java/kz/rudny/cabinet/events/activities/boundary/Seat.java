package kz.rudny.cabinet.events.activities.boundary;

/**
 * What a registration got: a place ({@link SeatStatus#REGISTERED}), or a place in the queue ({@link
 * SeatStatus#WAITING}, {@code position} 1 for the first waiting).
 */
public record Seat(SeatStatus status, Integer position) {
}
