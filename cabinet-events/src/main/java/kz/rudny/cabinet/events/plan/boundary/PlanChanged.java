package kz.rudny.cabinet.events.plan.boundary;

import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * An item of a school's annual plan was added, changed, marked or deleted (a fact for the district's figures of the
 * plan's year).
 */
public record PlanChanged(long schoolId, long itemId, List<AcademicYear> years) implements SchoolFiguresChanged {
    public PlanChanged {
        years = List.copyOf(years);
    }
}
