package kz.rudny.cabinet.domain.people.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * A young specialist is in the first three academic years of teaching, counted from the day they started (the staff
 * record's "teaching since"), never a hand-set flag; the edges are the academic years' first and last days.
 */
class YoungSpecialistTest {

    private static StaffMember startedOn(LocalDate day) {
        StaffMember m = new StaffMember(new Account("t", "hash", "T", 1L, LocalDateTime.of(2020, 1, 1, 0, 0)));
        m.setTeachingSince(day);
        return m;
    }

    @Test
    void exactlyThreeAcademicYearsFromTheStart() {
        StaffMember m = startedOn(LocalDate.of(2024, 9, 1));
        assertTrue(m.isYoungSpecialist(LocalDate.of(2024, 9, 1)), "the first day");
        assertTrue(m.isYoungSpecialist(LocalDate.of(2026, 8, 31)), "the last day of the second year");
        assertTrue(m.isYoungSpecialist(LocalDate.of(2027, 8, 31)), "the last day of the third year");
        assertFalse(m.isYoungSpecialist(LocalDate.of(2027, 9, 1)), "the fourth year: three years exactly are over");
    }

    @Test
    void aStartInTheSummerCountsForTheYearThatEndsThen() {
        StaffMember august = startedOn(LocalDate.of(2024, 8, 31));
        assertTrue(august.isYoungSpecialist(LocalDate.of(2026, 8, 31)));
        assertFalse(august.isYoungSpecialist(LocalDate.of(2026, 9, 1)),
                "started in the academic year 2023-2024: its third year ends on 31 August 2026");
    }

    @Test
    void aMidYearStartAndTheOddCases() {
        StaffMember january = startedOn(LocalDate.of(2025, 1, 15));
        assertTrue(january.isYoungSpecialist(LocalDate.of(2027, 5, 31)));
        assertFalse(january.isYoungSpecialist(LocalDate.of(2027, 9, 1)));
        assertFalse(startedOn(null).isYoungSpecialist(LocalDate.of(2026, 11, 30)), "no start day: not derived");
        assertFalse(startedOn(LocalDate.of(2027, 9, 1)).isYoungSpecialist(LocalDate.of(2026, 11, 30)),
                "a start day after the day asked about");
    }
}
