package kz.rudny.cabinet.events.rooms.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A booking as the room's week shows it; times are the school's wall-clock times. {@code cancellable} says
 * whether the reader may cancel it (their own, or any for the school methodologist).
 */
public record BookingView(long id, long roomId, LocalDateTime startsAt, LocalDateTime endsAt, String purpose,
                          String bookedByName, boolean cancelled, boolean cancellable) implements Serializable {
}
