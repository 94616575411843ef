package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A young specialist of the school this academic year (derived from the day they started teaching): their year of
 * teaching (1..3) and their open pair of the year, or null when they have no mentor yet.
 */
public record YoungSpecialistView(long staffId, String fullName, String jobTitle, LocalDate teachingSince,
                                  int yearOfTeaching, PairView pair) implements Serializable {
}
