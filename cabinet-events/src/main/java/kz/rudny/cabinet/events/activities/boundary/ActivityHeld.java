package kz.rudny.cabinet.events.activities.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * An event was held (its attendance taken): a fact for the district's figures, fired once for the organising school
 * and once for every school whose teachers were registered.
 */
public record ActivityHeld(long schoolId, long activityId) implements SchoolFiguresChanged {
}
