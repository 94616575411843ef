package kz.rudny.cabinet.library.search.boundary;

import java.util.Map;
import java.util.Set;

/**
 * What a person searches for: words (each must match, in any of its forms; "quoted words" as a phrase), the
 * school's library or the district's shared best practice, the facet values chosen, and the page.
 */
public record SearchQuery(String text, boolean district, Map<SearchFacet, Set<String>> filters, int first, int size) {

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        first = Math.max(0, first);
        size = Math.max(1, Math.min(size, 100));
    }
}
