package kz.rudny.cabinet.web.api;

import java.util.List;
import kz.rudny.cabinet.library.materials.boundary.MaterialSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the caller's own materials and how many there are. */
@Schema(name = "MaterialList")
@JsonbPropertyOrder({"total", "items"})
public record MinePage(long total, List<MaterialSummary> items) {
}
