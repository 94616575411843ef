package kz.rudny.cabinet.domain.people.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A staff record was added, changed, switched off or on (a fact for the district's figures: categories, young specialists). */
public record StaffRecordChanged(long schoolId, long staffId) implements SchoolFiguresChanged {
}
