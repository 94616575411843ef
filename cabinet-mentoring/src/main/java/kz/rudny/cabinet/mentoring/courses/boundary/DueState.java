package kz.rudny.cabinet.mentoring.courses.boundary;

import java.time.LocalDate;
import kz.rudny.cabinet.domain.calendar.AcademicYear;

/**
 * Where a teacher stands with a periodic rule on a day (texts {@code courses.due.<NAME>}): past the due day, due
 * within this academic year, due later; or nothing to count from (no confirmed course and no start of teaching).
 */
public enum DueState {
    OVERDUE,
    DUE_THIS_YEAR,
    LATER,
    UNKNOWN;

    /** Where one stands on a day with a rule whose due day is this (none: nothing to count from). */
    public static DueState of(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return UNKNOWN;
        }
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return dueOn.isAfter(AcademicYear.of(today).lastDay()) ? LATER : DUE_THIS_YEAR;
    }
}
