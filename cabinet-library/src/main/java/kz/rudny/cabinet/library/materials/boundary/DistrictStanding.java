package kz.rudny.cabinet.library.materials.boundary;

/**
 * A material's standing in the district exchange, for its page and its search document (shared materials are
 * found in the district view). The exchange owns shares and implements this (it uses the materials feature,
 * so the materials feature may not use it: the interface turns the arrow around). Changes are announced with
 * {@link MaterialStandingChanged}.
 */
public interface DistrictStanding {

    /** The standing of a material of the current school; {@link ShareState#NONE} if it was never shared. */
    ShareState of(long materialId);
}
