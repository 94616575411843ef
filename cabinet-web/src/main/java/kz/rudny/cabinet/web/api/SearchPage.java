package kz.rudny.cabinet.web.api;

import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.library.search.boundary.FacetValue;
import kz.rudny.cabinet.library.search.boundary.Found;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search hits, how many there are in all, and every facet's values with counts over all hits. */
@Schema(name = "SearchPage")
@JsonbPropertyOrder({"total", "items", "facets"})
public record SearchPage(
        long total,
        List<Found> items,
        @Schema(description = "By facet name (KIND, TYPE, SUBJECT, GRADE, LANGUAGE, CORNER, ACADEMIC_YEAR, SCHOOL): "
                + "its values, most frequent first; label is given for ids (subjects, corners, schools) and languages")
        Map<String, List<FacetValue>> facets) {
}
