package kz.rudny.cabinet.library.index.boundary;

import java.util.Comparator;
import kz.rudny.cabinet.library.index.boundary.FacetCount;

/** How many hits have a value of a facet. */
public record FacetCount(String value, long count) {

    /** Most frequent first, then by value. */
    public static final Comparator<FacetCount> ORDER =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
}
