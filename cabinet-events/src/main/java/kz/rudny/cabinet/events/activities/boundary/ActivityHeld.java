package kz.rudny.cabinet.events.activities.boundary;

import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * An event was held (its attendance taken): a fact for the district's figures of the event's year, fired once for the
 * organising school and once for every school whose teachers were registered.
 */
public record ActivityHeld(long schoolId, long activityId, List<AcademicYear> years) implements SchoolFiguresChanged {
    public ActivityHeld {
        years = List.copyOf(years);
    }
}
