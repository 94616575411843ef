package kz.rudny.cabinet.library.materials.boundary;

import java.util.Set;

/**
 * The corners a material of the current school is placed in, for its search document's CORNER facet. The
 * corners feature owns placements and implements this (it uses the materials feature, so the materials
 * feature may not use it: the interface turns the arrow around). Changes are announced with
 * {@link MaterialStandingChanged}.
 */
public interface Placements {

    Set<Long> cornersOf(long materialId);
}
