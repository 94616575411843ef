package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event in a list: what, when, where, whose (the school's name, null for the district's), the places and the
 * caller's own seat ({@code mySeat} null when not registered, {@code myPosition} their place in the queue).
 */
@Schema(name = "EventSummary")
@JsonbPropertyOrder({"id", "title", "kind", "level", "audience", "startsAt", "endsAt", "place", "onlineLink",
        "ownerName", "status", "capacity", "taken", "waiting", "registrationOpen", "mySeat", "myPosition"})
public record EventSummary(
        long id,
        @Schema(description = "Kazakh for kk, else Russian; the other when it has only one") String title,
        ActivityKind kind, ActivityLevel level,
        @Schema(description = "SCHOOL: the school's own; TOWN: a school's event open to the town; DISTRICT") Audience audience,
        @Schema(description = "School time, ISO-8601", example = "2026-12-07T10:00:00") LocalDateTime startsAt,
        LocalDateTime endsAt, String place, String onlineLink,
        @Schema(description = "The organising school, null for a district event") String ownerName,
        ActivityStatus status, int capacity, int taken, int waiting, boolean registrationOpen,
        SeatStatus mySeat, Integer myPosition) {

    static EventSummary of(ActivityView v, boolean kazakh) {
        return new EventSummary(v.id(), v.title(kazakh), v.kind(), v.level(), v.audience(), v.startsAt(), v.endsAt(),
                v.place(), v.onlineLink(), v.ownerName(), v.status(), v.capacity(), v.taken(), v.waiting(),
                v.registrationOpen(), v.mySeat(), v.myPosition());
    }
}
