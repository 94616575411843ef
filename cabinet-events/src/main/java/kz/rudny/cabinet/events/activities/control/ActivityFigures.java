package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.FigureTally;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;

/**
 * The events of an academic year by the quarter of their day: those the school organised and held, by kind and by
 * level (the district's own are not a school's), its open lessons, the teachers of other schools who came to them,
 * and the school's teachers who went to another school's or the district's events (attendance taken: present).
 */
@ApplicationScoped
public class ActivityFigures implements SchoolFigureSource {

    @Inject
    ActivityRecords records;

    @Inject
    Tenancy tenancy;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        long school = tenancy.currentSchool().orElseThrow();
        LocalDateTime start = year.firstDay().atStartOfDay();
        LocalDateTime end = year.lastDay().plusDays(1).atStartOfDay();
        FigureTally tally = new FigureTally(year, Indicator.OPEN_LESSONS, Indicator.GUESTS_RECEIVED,
                Indicator.GUESTS_SENT);
        var data = records.data();
        data.createQuery("SELECT a.kind, a.level, a.startsAt FROM Activity a WHERE a.ownerSchoolId = :school"
                        + " AND a.status = :held AND a.startsAt >= :start AND a.startsAt < :end", Object[].class)
                .setParameter("school", school).setParameter("held", ActivityStatus.HELD)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .forEach(row -> {
                    LocalDate day = ((LocalDateTime) row[2]).toLocalDate();
                    tally.count(Indicator.EVENTS_HELD, ((ActivityKind) row[0]).name(), day, 1);
                    tally.count(Indicator.EVENTS_BY_LEVEL, ((ActivityLevel) row[1]).name(), day, 1);
                });
        data.createQuery("SELECT a.startsAt FROM OpenLesson l, Activity a WHERE a.id = l.activityId"
                        + " AND l.ownerSchoolId = :school AND a.status = :held AND a.startsAt >= :start"
                        + " AND a.startsAt < :end", LocalDateTime.class)
                .setParameter("school", school).setParameter("held", ActivityStatus.HELD)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .forEach(at -> tally.count(Indicator.OPEN_LESSONS, at.toLocalDate()));
        data.createQuery("SELECT r.activity.startsAt FROM Registration r WHERE r.activity.ownerSchoolId = :school"
                        + " AND r.registrantSchoolId <> :school AND r.status = :placed AND r.attended = TRUE"
                        + " AND r.activity.status = :held AND r.activity.startsAt >= :start"
                        + " AND r.activity.startsAt < :end", LocalDateTime.class)
                .setParameter("school", school).setParameter("placed", SeatStatus.REGISTERED)
                .setParameter("held", ActivityStatus.HELD).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(at -> tally.count(Indicator.GUESTS_RECEIVED, at.toLocalDate()));
        data.createQuery("SELECT r.activity.startsAt FROM Registration r WHERE r.registrantSchoolId = :school"
                        + " AND (r.activity.ownerSchoolId IS NULL OR r.activity.ownerSchoolId <> :school)"
                        + " AND r.status = :placed AND r.attended = TRUE AND r.activity.status = :held"
                        + " AND r.activity.startsAt >= :start AND r.activity.startsAt < :end", LocalDateTime.class)
                .setParameter("school", school).setParameter("placed", SeatStatus.REGISTERED)
                .setParameter("held", ActivityStatus.HELD).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(at -> tally.count(Indicator.GUESTS_SENT, at.toLocalDate()));
        return tally.figures();
    }
}
