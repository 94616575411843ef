package kz.rudny.cabinet.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicYearTest {

    @ParameterizedTest(name = "{0} is in academic year {1}, quarter {2}")
    @CsvSource({
            "2026-09-01, 2026, FIRST",
            "2026-10-31, 2026, FIRST",
            "2026-11-01, 2026, SECOND",
            "2026-12-31, 2026, SECOND",
            "2027-01-01, 2026, THIRD",
            "2027-03-31, 2026, THIRD",
            "2027-04-01, 2026, FOURTH",
            "2027-08-31, 2026, FOURTH",
            "2026-08-31, 2025, FOURTH"})
    void everyDateBelongsToExactlyOneYearAndQuarter(LocalDate date, int startYear, Quarter quarter) {
        AcademicYear year = AcademicYear.of(date);
        assertEquals(startYear, year.startYear());
        assertEquals(quarter, year.quarterOf(date));
        assertTrue(year.contains(date));
        assertFalse(year.next().contains(date));
    }

    @Test
    void aYearRunsFromTheFirstOfSeptemberToTheLastOfAugust() {
        AcademicYear year = new AcademicYear(2026);
        assertEquals(LocalDate.of(2026, 9, 1), year.firstDay());
        assertEquals(LocalDate.of(2027, 8, 31), year.lastDay());
        assertEquals("2026-2027", year.toString());
    }

    @Test
    void quartersAreContiguousAndCoverTheYear() {
        AcademicYear year = new AcademicYear(2026);
        LocalDate expectedStart = year.firstDay();
        for (Quarter q : Quarter.values()) {
            assertEquals(expectedStart, year.firstDayOf(q), q.name());
            expectedStart = year.lastDayOf(q).plusDays(1);
        }
        assertEquals(year.next().firstDay(), expectedStart);
        assertEquals(LocalDate.of(2027, 2, 28), year.lastDayOf(Quarter.THIRD).withMonth(2).withDayOfMonth(28));
    }

    @ParameterizedTest
    @CsvSource({"2026-2027, 2026", "2026/2027, 2026", " 2025 – 2026 , 2025"})
    void theUsualLabelsAreRead(String label, int startYear) {
        assertEquals(new AcademicYear(startYear), AcademicYear.parse(label));
    }

    @ParameterizedTest
    @CsvSource({"2026-2028", "2026", "abc-def", "1800-1801"})
    void malformedLabelsAreRefused(String label) {
        assertThrows(IllegalArgumentException.class, () -> AcademicYear.parse(label));
    }

    @Test
    void aDateOutsideTheYearHasNoQuarterInIt() {
        assertThrows(IllegalArgumentException.class, () -> new AcademicYear(2026).quarterOf(LocalDate.of(2026, 8, 31)));
    }
}
