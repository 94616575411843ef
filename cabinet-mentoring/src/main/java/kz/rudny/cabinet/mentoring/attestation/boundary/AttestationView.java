package kz.rudny.cabinet.mentoring.attestation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;

/**
 * A teacher and attestation: the current category (the staff record's), the last attestation, the next one due by
 * the rule (at least once in a number of years, a setting) and where that leaves them, the category applied for this
 * year, and the target category with the year aimed at.
 */
public record AttestationView(long staffId, String fullName, String jobTitle, QualificationCategory category,
                              LocalDate lastAttestedOn, LocalDate dueOn, DueState state,
                              QualificationCategory appliedFor, Integer appliedYear,
                              QualificationCategory targetCategory, Integer targetYear, long version)
                                      implements Serializable {
}
