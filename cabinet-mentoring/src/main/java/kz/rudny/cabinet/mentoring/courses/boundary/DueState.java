package kz.rudny.cabinet.mentoring.courses.boundary;

/**
 * Where a teacher stands with a periodic rule on a day (texts {@code courses.due.<NAME>}): past the due day, due
 * within this academic year, due later; or nothing to count from (no confirmed course and no start of teaching).
 */
public enum DueState {
    OVERDUE,
    DUE_THIS_YEAR,
    LATER,
    UNKNOWN
}
