package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The events of a period (both days included), by start, and how many there are. */
@Schema(name = "EventList")
@JsonbPropertyOrder({"from", "to", "total", "items"})
public record EventsPage(LocalDate from, LocalDate to, int total, List<EventSummary> items) {
}
