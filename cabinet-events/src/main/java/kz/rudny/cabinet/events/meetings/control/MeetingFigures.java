package kz.rudny.cabinet.events.meetings.control;

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
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;

/**
 * The school's association meetings of an academic year by the quarter of their day: held, and planned (every
 * meeting set for a day of the year: held, still planned or cancelled), for "held against planned". Read through the
 * school's tenant filter.
 */
@ApplicationScoped
public class MeetingFigures implements SchoolFigureSource {

    @Inject
    MeetingRecords records;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        FigureTally tally = new FigureTally(year, Indicator.MEETINGS_HELD, Indicator.MEETINGS_PLANNED);
        records.data().createQuery("SELECT m.status, m.startsAt FROM Meeting m"
                        + " WHERE m.startsAt >= :start AND m.startsAt < :end", Object[].class)
                .setParameter("start", year.firstDay().atStartOfDay())
                .setParameter("end", year.lastDay().plusDays(1).atStartOfDay()).getResultStream()
                .forEach(row -> {
                    LocalDate day = ((LocalDateTime) row[1]).toLocalDate();
                    tally.count(Indicator.MEETINGS_PLANNED, day);
                    if (row[0] == MeetingStatus.HELD) {
                        tally.count(Indicator.MEETINGS_HELD, day);
                    }
                });
        return tally.figures();
    }
}
