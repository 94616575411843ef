package kz.rudny.cabinet.library.materials.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A material was approved and published in its school (a fact for the district's figures). */
public record MaterialPublished(long schoolId, long materialId) implements SchoolFiguresChanged {
}
