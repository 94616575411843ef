package kz.rudny.cabinet.domain.people.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.ToIntFunction;
import kz.rudny.cabinet.domain.people.boundary.AgeBand;
import kz.rudny.cabinet.domain.people.boundary.ExperienceBand;

/**
 * The bands a teacher falls in on a day, as the figures' keys: full years counted as people count birthdays (a
 * birthday tomorrow is not a year yet; 29 February counts from 1 March in other years), {@link #NONE} where the
 * staff record does not know the date.
 */
public final class StaffBands {

    /** The key of a teacher whose date the record does not have (old records, imports without the column). */
    public static final String NONE = "NONE";

    private StaffBands() {
    }

    /** The experience band on the day; a start still ahead (a newcomer entered in advance) is under 3 years. */
    public static String experience(LocalDate teachingSince, LocalDate day) {
        if (teachingSince == null) {
            return NONE;
        }
        return band(ExperienceBand.values(), ExperienceBand::fromYears, fullYears(teachingSince, day)).name();
    }

    /** The age band on the day. */
    public static String age(LocalDate birthDate, LocalDate day) {
        if (birthDate == null) {
            return NONE;
        }
        return band(AgeBand.values(), AgeBand::fromYears, fullYears(birthDate, day)).name();
    }

    /** Full years from the first day to the second; none when the first is later. */
    static int fullYears(LocalDate from, LocalDate day) {
        return from.isAfter(day) ? 0 : Period.between(from, day).getYears();
    }

    /** The last band (in the enum's order, rising) that begins at or below the years. */
    private static <B extends Enum<B>> B band(B[] bands, ToIntFunction<B> fromYears, int years) {
        B found = bands[0];
        for (B band : bands) {
            if (years >= fromYears.applyAsInt(band)) {
                found = band;
            }
        }
        return found;
    }
}
