package kz.rudny.cabinet.domain.platform.boundary;

import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;

/**
 * The demo data set just created a school (fired inside its transaction, with the school as the current
 * tenant), so other modules can add their own demo content. The school's teaching language (demo texts are
 * written in it); staff by demo username suffix ("teacher", "young", "mentor", "methodologist", "head", "t01"...);
 * association ids in the order they were created, and the same associations with head and members; the
 * district's subject ids by code (no caller is signed in to ask the subjects' or associations' boundary); the
 * staff's account ids by the same suffixes, and the district methodologist (who organises the district's demo events).
 * {@code pace} says how busy the school was in the previous academic year, from 1 (the least) to 3 (the most): each
 * module adds that many more records of that year, so the district's dashboard shows the schools differ.
 */
public record DemoSchoolLoaded(long schoolId, String schoolName, TeachingLanguage language,
                               Map<String, StaffCard> staff, List<Long> associationIds,
                               List<AssociationRoster> associations, Map<String, Long> subjectIds,
                               Map<String, Long> accountIds, DistrictPerson districtMethodologist,
                               int pace) {

    /** A person of the district's office: the account and the name. */
    public record DistrictPerson(long accountId, String fullName) {
    }
}
