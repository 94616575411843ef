package kz.rudny.cabinet.domain.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bands on a fixed day: the edges of each band, a birthday tomorrow, 29 February, unknown dates. */
class StaffBandsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "since {0}: {1}")
    @CsvSource({
        "2026-11-30, UNDER_3", "2023-12-01, UNDER_3", "2023-11-30, FROM_3_TO_5", "2021-12-01, FROM_3_TO_5",
        "2021-11-30, FROM_5_TO_10", "2016-11-30, FROM_10_TO_20", "2006-12-01, FROM_10_TO_20", "2006-11-30, FROM_20",
        "1975-09-01, FROM_20", "2027-09-01, UNDER_3"})
    void experienceInFullYearsTheLowerBandEndingBeforeTheEdge(LocalDate since, String band) {
        assertEquals(band, StaffBands.experience(since, DAY));
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
        "1996-12-01, UNDER_30", "1996-11-30, FROM_30_TO_40", "1986-12-01, FROM_30_TO_40", "1986-11-30, FROM_40_TO_50",
        "1976-11-30, FROM_50_TO_60", "1966-12-01, FROM_50_TO_60", "1966-11-30, FROM_60", "1946-01-01, FROM_60",
        "2008-11-30, UNDER_30"})
    void ageInFullYearsABirthdayTomorrowNotYetCounted(LocalDate born, String band) {
        assertEquals(band, StaffBands.age(born, DAY));
    }

    @Test
    void bornOnTheTwentyNinthOfFebruaryTurnsOlderOnTheFirstOfMarch() {
        LocalDate born = LocalDate.of(1996, 2, 29);
        assertEquals("UNDER_30", StaffBands.age(born, LocalDate.of(2026, 2, 28)));
        assertEquals("FROM_30_TO_40", StaffBands.age(born, LocalDate.of(2026, 3, 1)));
        assertEquals("FROM_30_TO_40", StaffBands.age(born, LocalDate.of(2028, 2, 29)), "and on the day in a leap year");
    }

    @Test
    void anUnknownDateIsNone() {
        assertEquals(StaffBands.NONE, StaffBands.experience(null, DAY));
        assertEquals(StaffBands.NONE, StaffBands.age(null, DAY));
    }
}
