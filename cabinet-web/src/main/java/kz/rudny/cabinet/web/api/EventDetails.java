package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.PresenterView;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event as the caller may see it: both titles, what it is about, when and where, who organises and presents,
 * the places ({@code taken} of {@code capacity}, {@code waiting} in the queue), the registration window, and the
 * caller's own seat. {@code organising}: the caller organises it (may publish it).
 */
@Schema(name = "Event")
@JsonbPropertyOrder({"id", "title", "titleKk", "titleRu", "kind", "level", "audience", "description", "startsAt",
        "endsAt", "place", "onlineLink", "ownerName", "organiserName", "presenters", "status", "cancelReason",
        "capacity", "taken", "waiting", "registrationOpensAt", "registrationClosesAt", "registrationOpen", "mySeat",
        "myPosition", "organising"})
public record EventDetails(
        long id, String title, String titleKk, String titleRu, ActivityKind kind, ActivityLevel level,
        Audience audience, String description,
        @Schema(description = "School time, ISO-8601", example = "2026-12-07T10:00:00") LocalDateTime startsAt,
        LocalDateTime endsAt, String place, String onlineLink,
        @Schema(description = "The organising school, null for a district event") String ownerName,
        String organiserName, List<String> presenters, ActivityStatus status, String cancelReason, int capacity,
        int taken, int waiting, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
        boolean registrationOpen,
        @Schema(description = "REGISTERED, WAITING, or null when the caller is not registered") SeatStatus mySeat,
        @Schema(description = "The caller's place in the queue (1 for the first) when waiting") Integer myPosition,
        boolean organising) {

    static EventDetails of(ActivityView v, boolean kazakh) {
        return new EventDetails(v.id(), v.title(kazakh), v.titleKk(), v.titleRu(), v.kind(), v.level(), v.audience(),
                v.description(), v.startsAt(), v.endsAt(), v.place(), v.onlineLink(), v.ownerName(),
                v.organiserName(), v.presenters().stream().map(PresenterView::fullName).toList(), v.status(), v.cancelReason(), v.capacity(), v.taken(), v.waiting(),
                v.registrationOpensAt(), v.registrationClosesAt(), v.registrationOpen(), v.mySeat(), v.myPosition(),
                v.organising());
    }
}
