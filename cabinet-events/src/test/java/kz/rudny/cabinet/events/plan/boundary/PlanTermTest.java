package kz.rudny.cabinet.events.plan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import org.junit.jupiter.api.Test;

class PlanTermTest {

    private static final AcademicYear Y2026 = new AcademicYear(2026);

    @Test
    void aMonthOrAQuarterOfTheYearIsReadFromItsCode() {
        PlanTerm november = PlanTerm.parse(Y2026, "2026-11").orElseThrow();
        assertEquals(YearMonth.of(2026, 11), november.month());
        assertEquals(Quarter.SECOND, november.quarter());
        assertEquals(LocalDate.of(2026, 11, 1), november.start());
        assertEquals(LocalDate.of(2026, 11, 30), november.end());
        PlanTerm q3 = PlanTerm.parse(Y2026, " Q3 ").orElseThrow();
        assertTrue(q3.isQuarter());
        assertEquals(LocalDate.of(2027, 1, 1), q3.start());
        assertEquals(LocalDate.of(2027, 3, 31), q3.end());
        assertEquals("Q3", q3.code());
        assertEquals("2027-08", PlanTerm.parse(Y2026, "2027-08").orElseThrow().code());
    }

    @Test
    void aMonthOutsideTheAcademicYearOrNoTermAtAllIsNotATerm() {
        assertEquals(Optional.empty(), PlanTerm.parse(Y2026, "2026-08"), "August before the year begins");
        assertEquals(Optional.empty(), PlanTerm.parse(Y2026, "2027-09"), "September of the next year");
        assertTrue(PlanTerm.isMonthCode("2027-09"));
        for (String bad : new String[] {"Q5", "Q0", "2026-13", "2026-00", "", "ноябрь", "<script>", null}) {
            assertEquals(Optional.empty(), PlanTerm.parse(Y2026, bad), String.valueOf(bad));
        }
        assertFalse(PlanTerm.isMonthCode("Q2"));
        assertThrows(IllegalArgumentException.class, () -> PlanTerm.month(Y2026, YearMonth.of(2025, 12)));
    }

    @Test
    void termsBeginOnTheirFirstDayAndEndAfterTheirLast() {
        PlanTerm october = PlanTerm.month(Y2026, YearMonth.of(2026, 10));
        assertFalse(october.hasBegunBy(LocalDate.of(2026, 9, 30)));
        assertTrue(october.hasBegunBy(LocalDate.of(2026, 10, 1)));
        assertFalse(october.hasEndedBefore(LocalDate.of(2026, 10, 31)), "the last day is still within the term");
        assertTrue(october.hasEndedBefore(LocalDate.of(2026, 11, 1)));
        PlanTerm q4 = PlanTerm.quarter(Y2026, Quarter.FOURTH);
        assertEquals(LocalDate.of(2027, 8, 31), q4.end());
    }

    @Test
    void nextYearsTermIsTheSameMonthOrQuarterAYearLater() {
        assertEquals("2027-11", PlanTerm.parse(Y2026, "2026-11").orElseThrow().nextYear().code());
        assertEquals("2028-03", PlanTerm.parse(Y2026, "2027-03").orElseThrow().nextYear().code());
        PlanTerm q1 = PlanTerm.parse(Y2026, "Q1").orElseThrow().nextYear();
        assertEquals(new AcademicYear(2027), q1.year());
        assertEquals(LocalDate.of(2027, 9, 1), q1.start());
    }

    @Test
    void theChoicesAreTheTwelveMonthsFromSeptemberThenTheQuartersAndTermsSortByStart() {
        var choices = PlanTerm.choices(Y2026);
        assertEquals(16, choices.size());
        assertEquals("2026-09", choices.get(0).code());
        assertEquals("2027-08", choices.get(11).code());
        assertEquals("Q1", choices.get(12).code());
        PlanTerm september = choices.get(0);
        PlanTerm q1 = choices.get(12);
        assertTrue(september.compareTo(q1) < 0, "a month before the quarter it opens");
        assertTrue(q1.compareTo(choices.get(1)) < 0, "the first quarter before October");
        assertEquals(september, PlanTerm.monthOf(LocalDate.of(2026, 9, 15)));
        assertEquals(new AcademicYear(2025), PlanTerm.monthOf(LocalDate.of(2026, 8, 31)).year());
    }
}
