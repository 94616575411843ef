package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An event as its page shows it to the caller: what, when, where, who organises and presents, the places
 * ({@code taken} of {@code capacity}, {@code waiting} in the queue), and the caller's own registration ({@code
 * mySeat} null when none; {@code myPosition} their place in the queue when waiting). {@code organising}: the
 * caller may change it and sees its registrations.
 */
public record ActivityView(long id, ActivityKind kind, ActivityLevel level, Audience audience, String titleKk,
                           String titleRu, String description, LocalDateTime startsAt, LocalDateTime endsAt,
                           String place, String onlineLink, String ownerName, String organiserName,
                           List<PresenterView> presenters, int capacity, int taken, int waiting,
                           LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
                           ActivityStatus status, String cancelReason, SeatStatus mySeat, Integer myPosition,
                           boolean registrationOpen, boolean organising, long version) implements Serializable {

    /** The title in the language asked for, or in the other when it has only one. */
    public String title(boolean kazakh) {
        String first = kazakh ? titleKk : titleRu;
        return first != null ? first : (kazakh ? titleRu : titleKk);
    }
}
