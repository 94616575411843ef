package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A registration as the organiser's list shows it: the person, their school and position (nothing else of another
 * school), the place or the queue number, when they registered and whether they came.
 */
public record RegistrationView(long id, String fullName, String schoolName, String positionTitle, SeatStatus status,
                               int queueNo, LocalDateTime registeredAt, Boolean attended) implements Serializable {
}
