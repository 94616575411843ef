package kz.rudny.cabinet.mentoring.pairs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;

/**
 * Mentoring across the school in an academic year: the young specialists (active, as of the day or the year's last
 * day) with a pair of that year not ended early and without one, and the mentors' reports of the year signed off.
 */
@ApplicationScoped
public class PairFigures implements SchoolFigureSource {

    @Inject
    PairRecords records;

    @Inject
    TeachingRecords teaching;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        List<MentoringPair> pairs = records.ofYear(year.startYear());
        Set<Long> mentored = pairs.stream().filter(p -> p.getEndedOn() == null || p.getEndedOn().isAfter(asOf))
                .map(MentoringPair::getYoungStaffId).collect(Collectors.toSet());
        long with = 0;
        long without = 0;
        for (TeachingRecord r : teaching.onDay(asOf)) {
            if (r.active() && r.youngSpecialist()) {
                if (mentored.contains(r.card().staffId())) {
                    with++;
                } else {
                    without++;
                }
            }
        }
        long signed = records.data().createQuery("SELECT COUNT(r) FROM MentorReport r, MentoringPair p"
                        + " WHERE r.pairId = p.id AND p.academicYear = :y AND r.signedAt IS NOT NULL", Long.class)
                .setParameter("y", year.startYear()).getSingleResult();
        return List.of(SchoolFigure.of(Indicator.YOUNG_WITH_MENTOR, with),
                SchoolFigure.of(Indicator.YOUNG_WITHOUT_MENTOR, without),
                SchoolFigure.of(Indicator.MENTOR_REPORTS_SIGNED, signed));
    }
}
