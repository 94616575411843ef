package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.AttestationScheduleSource;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;

/**
 * The school's teachers by qualification category and their attestation standing, as of the day (or the academic
 * year's last day, for a year gone by): active staff only; due this year and overdue by the five-year rule. The same
 * teachers due or overdue by name for the department's schedule.
 */
@ApplicationScoped
public class AttestationFigures implements SchoolFigureSource, AttestationScheduleSource {

    @Inject
    AttestationRecords records;

    @Inject
    AttestationSettings rule;

    @Inject
    TeachingRecords teaching;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        Map<String, Long> byCategory = new TreeMap<>();
        long due = 0;
        long overdue = 0;
        for (Standing s : standings(year, today)) {
            byCategory.merge(s.teacher().category() == null ? "NONE" : s.teacher().category().name(), 1L, Long::sum);
            due += s.state() == DueState.DUE_THIS_YEAR ? 1 : 0;
            overdue += s.state() == DueState.OVERDUE ? 1 : 0;
        }
        List<SchoolFigure> figures = new ArrayList<>();
        byCategory.forEach((category, n) -> figures.add(SchoolFigure.of(Indicator.TEACHERS_BY_CATEGORY, category, n)));
        figures.add(SchoolFigure.of(Indicator.ATTESTATION_DUE, due));
        figures.add(SchoolFigure.of(Indicator.ATTESTATION_OVERDUE, overdue));
        return figures;
    }

    /** The teachers counted as due this year or overdue, by name: the overdue first, then by due day. */
    @Override
    public List<ScheduledAttestation> scheduleOf(AcademicYear year, LocalDate today) {
        return standings(year, today).stream()
                .filter(s -> s.state() == DueState.DUE_THIS_YEAR || s.state() == DueState.OVERDUE)
                .map(s -> new ScheduledAttestation(s.teacher().card().fullName(), s.teacher().card().jobTitle(),
                        s.teacher().category(), s.dueOn(), s.record() == null ? null : s.record().getTargetCategory(),
                        s.state() == DueState.OVERDUE))
                .sorted(Comparator.comparing(ScheduledAttestation::overdue).reversed()
                        .thenComparing(ScheduledAttestation::dueOn).thenComparing(ScheduledAttestation::teacher))
                .toList();
    }

    /** Every active teacher's standing with the rule on the day (the year's last day for a year gone by). */
    private List<Standing> standings(AcademicYear year, LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        Map<Long, AttestationRecord> all = records.all();
        List<Standing> standings = new ArrayList<>();
        for (TeachingRecord r : teaching.onDay(asOf)) {
            if (!r.active()) {
                continue;
            }
            AttestationRecord a = all.get(r.card().staffId());
            LocalDate from = a != null && a.getLastAttestedOn() != null ? a.getLastAttestedOn() : r.teachingSince();
            LocalDate dueOn = from == null ? null : from.plusYears(rule.periodYears());
            standings.add(new Standing(r, a, dueOn, DueState.of(dueOn, asOf)));
        }
        return standings;
    }

    private record Standing(TeachingRecord teacher, AttestationRecord record, LocalDate dueOn, DueState state) {
    }
}
