package kz.rudny.cabinet.library.index.boundary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.FacetCount;
import kz.rudny.cabinet.library.index.boundary.SearchHit;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchResult;

/**
 * One page of hits of a {@link SearchRequest}, how many there are in all, and per facet the counts of its
 * values over all hits (up to 30 values, most frequent first). A facet the request filters on is counted
 * as if its own filter were not there (drill sideways), so its other values stay visible with their counts.
 */
public record SearchResult(List<SearchHit> hits, long total, Map<Facet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        Map<Facet, List<FacetCount>> inOrder = new EnumMap<>(Facet.class);
        facets.forEach((facet, counts) -> inOrder.put(facet, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(inOrder);
    }

    /** The counts of one facet; empty when no hit has a value of it. */
    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
