package kz.rudny.cabinet.library.materials.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * A material is being deleted (fired inside the deleting transaction, before its rows go): the features that
 * hold something of it (corners, the district exchange) let go of it in the same transaction; once it commits, a
 * fact for the district's figures (the school's materials published and shared).
 */
public record MaterialDeleted(long schoolId, long materialId, String by) implements SchoolFiguresChanged {
}
