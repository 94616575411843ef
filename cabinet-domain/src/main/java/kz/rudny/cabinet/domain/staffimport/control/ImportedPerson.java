package kz.rudny.cabinet.domain.staffimport.control;

import java.time.LocalDate;
import java.util.Set;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.security.Role;

/**
 * A staff row that was taken: a person ready to be given an account and a staff record.
 *
 * @param rowNumber      the row in the file
 * @param username       from the file's username column, or generated from the name; unique in the file and
 *                       free in the district when read
 * @param subjectIds     the subjects named by code
 * @param associationIds the caller's school's associations named in the row
 * @param roles          school roles; {@link Role#TEACHER} when the cell is blank
 * @param teachingSince  the day the person started teaching, or null
 * @param category       the qualification category, or null for none
 * @param birthDate      the birth date, or null when not given
 * @param education      the highest education, or null when not given
 */
public record ImportedPerson(int rowNumber, String fullName, String username, String jobTitle, Set<Long> subjectIds,
                             Set<Long> associationIds, Set<Role> roles, LocalDate teachingSince,
                             QualificationCategory category, LocalDate birthDate, EducationLevel education) {

    public ImportedPerson {
        subjectIds = Set.copyOf(subjectIds);
        associationIds = Set.copyOf(associationIds);
        roles = Set.copyOf(roles);
    }
}
