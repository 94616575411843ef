package kz.rudny.cabinet.mentoring.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;

/**
 * The course rule across the school as of the day (or the year's last day): active teachers whose last confirmed
 * course ended within the rule's period (covered), and those past their due day (overdue).
 */
@ApplicationScoped
public class CourseFigures implements SchoolFigureSource {

    @Inject
    CourseRecords records;

    @Inject
    CourseSettings rule;

    @Inject
    TeachingRecords teaching;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        Map<Long, LocalDate> last = records.lastConfirmed();
        long covered = 0;
        long overdue = 0;
        for (TeachingRecord r : teaching.onDay(asOf)) {
            if (!r.active()) {
                continue;
            }
            LocalDate ended = last.get(r.card().staffId());
            if (ended != null && !ended.isAfter(asOf) && ended.plusYears(rule.periodYears()).isAfter(asOf)) {
                covered++;
            }
            if (DueState.of(CourseRule.dueOn(ended, r.teachingSince(), rule.periodYears()), asOf) == DueState.OVERDUE) {
                overdue++;
            }
        }
        return List.of(SchoolFigure.of(Indicator.COURSE_COVERED, covered),
                SchoolFigure.of(Indicator.COURSE_OVERDUE, overdue));
    }
}
