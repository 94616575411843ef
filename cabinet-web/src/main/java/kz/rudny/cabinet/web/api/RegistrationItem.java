package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.MyRegistration;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's registrations: the event, its titles and times, the seat and the place in the queue. */
@Schema(name = "MyRegistration")
@JsonbPropertyOrder({"eventId", "title", "titleKk", "titleRu", "startsAt", "endsAt", "eventStatus", "status",
        "position"})
public record RegistrationItem(long eventId, String title, String titleKk, String titleRu, LocalDateTime startsAt,
                               LocalDateTime endsAt, ActivityStatus eventStatus, SeatStatus status,
                               @Schema(description = "Only when waiting: 1 for the first") Integer position) {

    static RegistrationItem of(MyRegistration r, boolean kazakh) {
        String first = kazakh ? r.titleKk() : r.titleRu();
        String title = first != null ? first : (kazakh ? r.titleRu() : r.titleKk());
        return new RegistrationItem(r.activityId(), title, r.titleKk(), r.titleRu(), r.startsAt(), r.endsAt(),
                r.activityStatus(), r.status(), r.position());
    }
}
