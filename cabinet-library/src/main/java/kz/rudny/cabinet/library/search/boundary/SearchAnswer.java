package kz.rudny.cabinet.library.search.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A page of hits by relevance, how many there are in all, and the facets with counts over all of them. */
public record SearchAnswer(List<Found> items, long total, Map<SearchFacet, List<FacetValue>> facets)
        implements Serializable {
}
