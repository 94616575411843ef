package kz.rudny.cabinet.events.activities.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A school's event was held: its attendance taken (a fact for the district's figures). */
public record ActivityHeld(long schoolId, long activityId) implements SchoolFiguresChanged {
}
