package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a registration got: a place ({@code REGISTERED}), or a place in the queue ({@code WAITING}, 1 the first). */
@Schema(name = "Seat")
@JsonbPropertyOrder({"eventId", "status", "position"})
public record SeatAnswer(long eventId,
                         @Schema(example = "WAITING") SeatStatus status,
                         @Schema(description = "Only when waiting", example = "2") Integer position) {
}
