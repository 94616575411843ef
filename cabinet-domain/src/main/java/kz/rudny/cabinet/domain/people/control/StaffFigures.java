package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * The school's teachers by education, experience band and age band, as of the day (or the academic year's last day,
 * for a year gone by): the same people the categories are counted over (mentoring's {@code AttestationFigures}:
 * every staff record whose account is active), so each split adds up to the same total.
 */
@ApplicationScoped
public class StaffFigures implements SchoolFigureSource {

    @Inject
    Tenancy tenancy;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        Map<String, Long> byEducation = new TreeMap<>();
        Map<String, Long> byExperience = new TreeMap<>();
        Map<String, Long> byAge = new TreeMap<>();
        for (StaffMember m : tenancy.schoolData().createQuery("SELECT m FROM StaffMember m WHERE m.account.active = TRUE",
                StaffMember.class).getResultList()) {
            byEducation.merge(m.getEducation() == null ? StaffBands.NONE : m.getEducation().name(), 1L, Long::sum);
            byExperience.merge(StaffBands.experience(m.getTeachingSince(), asOf), 1L, Long::sum);
            byAge.merge(StaffBands.age(m.getBirthDate(), asOf), 1L, Long::sum);
        }
        List<SchoolFigure> figures = new ArrayList<>();
        byEducation.forEach((key, n) -> figures.add(SchoolFigure.of(Indicator.TEACHERS_BY_EDUCATION, key, n)));
        byExperience.forEach((key, n) -> figures.add(SchoolFigure.of(Indicator.TEACHERS_BY_EXPERIENCE, key, n)));
        byAge.forEach((key, n) -> figures.add(SchoolFigure.of(Indicator.TEACHERS_BY_AGE, key, n)));
        return figures;
    }
}
