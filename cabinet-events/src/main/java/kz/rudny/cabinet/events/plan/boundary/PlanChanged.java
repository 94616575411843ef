package kz.rudny.cabinet.events.plan.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** An item of a school's annual plan was added, changed, marked or deleted (a fact for the district's figures). */
public record PlanChanged(long schoolId, long itemId) implements SchoolFiguresChanged {
}
