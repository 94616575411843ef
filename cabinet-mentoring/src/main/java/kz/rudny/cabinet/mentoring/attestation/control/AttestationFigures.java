package kz.rudny.cabinet.mentoring.attestation.control;

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
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;

/**
 * The school's teachers by qualification category and their attestation standing, as of the day (or the academic
 * year's last day, for a year gone by): active staff only; due this year and overdue by the five-year rule.
 */
@ApplicationScoped
public class AttestationFigures implements SchoolFigureSource {

    @Inject
    AttestationRecords records;

    @Inject
    AttestationSettings rule;

    @Inject
    TeachingRecords teaching;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        Map<String, Long> byCategory = new TreeMap<>();
        long due = 0;
        long overdue = 0;
        Map<Long, AttestationRecord> all = records.all();
        for (TeachingRecord r : teaching.onDay(asOf)) {
            if (!r.active()) {
                continue;
            }
            byCategory.merge(r.category() == null ? "NONE" : r.category().name(), 1L, Long::sum);
            AttestationRecord a = all.get(r.card().staffId());
            LocalDate from = a != null && a.getLastAttestedOn() != null ? a.getLastAttestedOn() : r.teachingSince();
            DueState state = DueState.of(from == null ? null : from.plusYears(rule.periodYears()), asOf);
            due += state == DueState.DUE_THIS_YEAR ? 1 : 0;
            overdue += state == DueState.OVERDUE ? 1 : 0;
        }
        List<SchoolFigure> figures = new ArrayList<>();
        byCategory.forEach((category, n) -> figures.add(SchoolFigure.of(Indicator.TEACHERS_BY_CATEGORY, category, n)));
        figures.add(SchoolFigure.of(Indicator.ATTESTATION_DUE, due));
        figures.add(SchoolFigure.of(Indicator.ATTESTATION_OVERDUE, overdue));
        return figures;
    }
}
