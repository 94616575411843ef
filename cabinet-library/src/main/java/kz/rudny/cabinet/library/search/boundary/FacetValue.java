package kz.rudny.cabinet.library.search.boundary;

import java.io.Serializable;

/**
 * One value of a facet with its count; {@code label} is filled for ids (subjects, corners, schools). A seed
 * corner's label is "seed." and its {@code SeedCorner} name, to be shown from the message bundles.
 */
public record FacetValue(String value, String label, long count) implements Serializable {
}
