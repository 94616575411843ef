package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;

/**
 * The school's association meetings of an academic year: held, and planned (every meeting set for a day of the year:
 * held, still planned or cancelled), for "held against planned". Read through the school's tenant filter.
 */
@ApplicationScoped
public class MeetingFigures implements SchoolFigureSource {

    @Inject
    MeetingRecords records;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        List<Object[]> rows = records.data().createQuery("SELECT m.status, COUNT(m) FROM Meeting m"
                        + " WHERE m.startsAt >= :start AND m.startsAt < :end GROUP BY m.status", Object[].class)
                .setParameter("start", year.firstDay().atStartOfDay())
                .setParameter("end", year.lastDay().plusDays(1).atStartOfDay()).getResultList();
        long held = 0;
        long planned = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            planned += n;
            held += row[0] == MeetingStatus.HELD ? n : 0;
        }
        return List.of(SchoolFigure.of(Indicator.MEETINGS_HELD, held), SchoolFigure.of(Indicator.MEETINGS_PLANNED,
                planned));
    }
}
