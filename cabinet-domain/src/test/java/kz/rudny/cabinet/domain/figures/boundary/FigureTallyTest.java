package kz.rudny.cabinet.domain.figures.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import org.junit.jupiter.api.Test;

/** The arithmetic of the figures counted per quarter: which quarter a day falls in, zeros, keys, the year's edges. */
class FigureTallyTest {

    private static final AcademicYear YEAR = new AcademicYear(2026);

    @Test
    void eachDayCountsInItsQuarterAndTheNamedIndicatorsShowZerosElsewhere() {
        List<SchoolFigure> figures = new FigureTally(YEAR, Indicator.MEETINGS_HELD)
                .count(Indicator.MEETINGS_HELD, LocalDate.of(2026, 9, 1))
                .count(Indicator.MEETINGS_HELD, LocalDate.of(2026, 10, 31))
                .count(Indicator.MEETINGS_HELD, LocalDate.of(2026, 11, 1))
                .count(Indicator.MEETINGS_HELD, LocalDate.of(2027, 8, 31))
                .figures();
        assertEquals(List.of(
                SchoolFigure.in(Quarter.FIRST, Indicator.MEETINGS_HELD, 2),
                SchoolFigure.in(Quarter.SECOND, Indicator.MEETINGS_HELD, 1),
                SchoolFigure.in(Quarter.THIRD, Indicator.MEETINGS_HELD, 0),
                SchoolFigure.in(Quarter.FOURTH, Indicator.MEETINGS_HELD, 1)), figures);
    }

    @Test
    void daysOutsideTheYearAndUnknownDaysAreNotCounted() {
        List<SchoolFigure> figures = new FigureTally(YEAR)
                .count(Indicator.OPEN_LESSONS, LocalDate.of(2026, 8, 31))
                .count(Indicator.OPEN_LESSONS, LocalDate.of(2027, 9, 1))
                .count(Indicator.OPEN_LESSONS, null)
                .figures();
        assertEquals(List.of(), figures, "nothing named, nothing in the year");
    }

    @Test
    void keysAreCountedApartAndOnlyWhereSomethingHappened() {
        List<SchoolFigure> figures = new FigureTally(YEAR)
                .count(Indicator.EVENTS_HELD, "SEMINAR", LocalDate.of(2027, 1, 15), 1)
                .count(Indicator.EVENTS_HELD, "SEMINAR", LocalDate.of(2027, 3, 31), 2)
                .count(Indicator.EVENTS_HELD, "MASTER_CLASS", LocalDate.of(2027, 4, 1), 1)
                .figures();
        assertEquals(List.of(
                SchoolFigure.in(Quarter.THIRD, Indicator.EVENTS_HELD, "SEMINAR", 3),
                SchoolFigure.in(Quarter.FOURTH, Indicator.EVENTS_HELD, "MASTER_CLASS", 1)), figures);
    }

    @Test
    void aStandingFigureHasNoQuarterAndAFigurePerQuarterAlwaysHasOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new SchoolFigure(Indicator.TEACHERS_BY_CATEGORY, "MASTER", Quarter.FIRST, 3));
        assertThrows(IllegalArgumentException.class, () -> SchoolFigure.of(Indicator.MEETINGS_HELD, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new FigureTally(YEAR).count(Indicator.ATTESTATION_DUE, LocalDate.of(2026, 9, 2)).figures());
    }
}
