package kz.rudny.cabinet.domain.platform.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;

/**
 * The reporting benchmark's demo data just created a school ({@code cabinet.demo.bench-schools}; fired inside its
 * transaction, with the school as the current tenant), so that every module adds its records of the academic years
 * given (their first calendar years, oldest first). {@code seed} makes the module's random choices repeatable; the
 * neighbour is the benchmark school made before this one (null for the first), whose teachers come to this school's
 * events as guests.
 */
public record DemoBenchSchoolLoaded(long schoolId, String schoolName, long seed, List<Integer> years,
                                    List<Teacher> teachers, List<AssociationRoster> associations,
                                    Long neighbourSchoolId, String neighbourName, List<Teacher> neighbourTeachers) {

    /** A random(seeded) weekday of the academic year beginning in {@code year}, from 1 September to 31 May. */
    public static LocalDate dayIn(Random random, int year) {
        LocalDate day = LocalDate.of(year, 9, 1).plusDays(random.nextInt(273));
        return day.getDayOfWeek().getValue() > 5 ? day.minusDays(2) : day;
    }

    /** A random generator of its own for a module's part, repeatable for the school. */
    public Random random(String part) {
        return new Random(seed * 31 + part.hashCode());
    }

    /** A teacher of a benchmark school: the staff record, the account and the name. */
    public record Teacher(long staffId, long accountId, String fullName) {
    }
}
