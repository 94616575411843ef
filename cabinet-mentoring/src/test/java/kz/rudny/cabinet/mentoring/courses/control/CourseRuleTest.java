package kz.rudny.cabinet.mentoring.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import org.junit.jupiter.api.Test;

/** The three-year rule of courses and its reminders, with a moved clock. */
class CourseRuleTest {

    @Test
    void theNextCourseIsDueYearsAfterTheLastConfirmedOneOrAfterTheStartOfTeaching() {
        assertEquals(LocalDate.of(2027, 5, 20), CourseRule.dueOn(LocalDate.of(2024, 5, 20), LocalDate.of(2001, 9, 1), 3));
        assertEquals(LocalDate.of(2028, 9, 1), CourseRule.dueOn(null, LocalDate.of(2025, 9, 1), 3), "no course yet");
        assertEquals(LocalDate.of(2029, 5, 20), CourseRule.dueOn(LocalDate.of(2024, 5, 20), null, 5), "a setting");
        assertNull(CourseRule.dueOn(null, null, 3));
    }

    @Test
    void theStateMovesWithTheClock() {
        LocalDate due = LocalDate.of(2027, 5, 20);
        assertEquals(DueState.LATER, DueState.of(due, LocalDate.of(2026, 8, 31)), "the year before");
        assertEquals(DueState.DUE_THIS_YEAR, DueState.of(due, LocalDate.of(2026, 9, 1)), "this academic year");
        assertEquals(DueState.DUE_THIS_YEAR, DueState.of(due, due), "on the day itself");
        assertEquals(DueState.OVERDUE, DueState.of(due, due.plusDays(1)));
        assertEquals(DueState.UNKNOWN, DueState.of(null, due));
    }

    @Test
    void remindersSixMonthsAndOneMonthBeforeTheDueDay() {
        LocalDate due = LocalDate.of(2027, 5, 20);
        assertNull(CourseReminders.stage(due, LocalDate.of(2026, 11, 19)), "not yet");
        assertEquals("SIX_MONTHS", CourseReminders.stage(due, LocalDate.of(2026, 11, 20)));
        assertEquals("SIX_MONTHS", CourseReminders.stage(due, LocalDate.of(2027, 4, 19)));
        assertEquals("ONE_MONTH", CourseReminders.stage(due, LocalDate.of(2027, 4, 20)));
        assertEquals("ONE_MONTH", CourseReminders.stage(due, due));
        assertNull(CourseReminders.stage(due, due.plusDays(1)), "overdue: the methodologist's list says it");
        assertNull(CourseReminders.stage(null, due));
    }
}
