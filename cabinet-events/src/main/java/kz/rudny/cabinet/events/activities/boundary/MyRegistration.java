package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One of the caller's own registrations (a place or a place in the queue, never a cancelled one): the event, its
 * titles, when it starts and ends, its state, and {@code position} in the queue when waiting (1 for the first).
 */
public record MyRegistration(long activityId, String titleKk, String titleRu, LocalDateTime startsAt,
                             LocalDateTime endsAt, ActivityStatus activityStatus, SeatStatus status,
                             Integer position) implements Serializable {
}
