package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's registrations that are not cancelled, by the event's start, and how many there are. */
@Schema(name = "MyRegistrationList")
@JsonbPropertyOrder({"total", "items"})
public record RegistrationsPage(int total, List<RegistrationItem> items) {
}
