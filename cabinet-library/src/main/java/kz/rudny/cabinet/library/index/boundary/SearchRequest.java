package kz.rudny.cabinet.library.index.boundary;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchScope;

/**
 * A search of the library index.
 *
 * @param scope   whose documents: one school's, or the district's shared ones
 * @param text    what the user typed; every word must match, "quoted" words match as a phrase; blank for
 *                all documents in scope, newest first
 * @param kinds   which kinds of document; empty for all
 * @param filters facet values to keep: values of one facet are alternatives (OR), facets all apply (AND)
 * @param first   how many hits to skip (from 0, at most {@value #MAX_FIRST})
 * @param size    how many hits to return (at most {@value #MAX_SIZE}; 0 for only the total and the facets)
 */
public record SearchRequest(SearchScope scope, String text, Set<DocumentKind> kinds,
                            Map<Facet, Set<String>> filters, int first, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_FIRST = 10_000;

    public SearchRequest {
        Objects.requireNonNull(scope, "scope");
        text = Objects.requireNonNullElse(text, "");
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        filters = copy(filters);
        first = Math.max(0, Math.min(first, MAX_FIRST));
        size = Math.max(0, Math.min(size, MAX_SIZE));
    }

    /** The first page of the given size of a search without kinds or filters. */
    public static SearchRequest of(SearchScope scope, String text, int size) {
        return new SearchRequest(scope, text, Set.of(), Map.of(), 0, size);
    }

    private static Map<Facet, Set<String>> copy(Map<Facet, Set<String>> filters) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        return Map.copyOf(copy);
    }
}
