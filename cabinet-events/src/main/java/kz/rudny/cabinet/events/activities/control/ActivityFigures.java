package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;

/** The events the school organised and held in an academic year, by kind (the district's own are not a school's). */
@ApplicationScoped
public class ActivityFigures implements SchoolFigureSource {

    @Inject
    ActivityRecords records;

    @Inject
    Tenancy tenancy;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        return records.data().createQuery("SELECT a.kind, COUNT(a) FROM Activity a WHERE a.ownerSchoolId = :school"
                        + " AND a.status = :held AND a.startsAt >= :start AND a.startsAt < :end GROUP BY a.kind",
                        Object[].class)
                .setParameter("school", tenancy.currentSchool().orElseThrow())
                .setParameter("held", ActivityStatus.HELD)
                .setParameter("start", year.firstDay().atStartOfDay())
                .setParameter("end", year.lastDay().plusDays(1).atStartOfDay()).getResultStream()
                .map(row -> new SchoolFigure(Indicator.EVENTS_HELD, ((ActivityKind) row[0]).name(),
                        ((Number) row[1]).longValue())).toList();
    }
}
