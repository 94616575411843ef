package kz.rudny.cabinet.domain.platform.boundary;

import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;

/**
 * The demo data set just created a school (fired inside its transaction, with the school as the current
 * tenant), so other modules can add their own demo content. Staff by demo username suffix ("teacher",
 * "young", "mentor", "methodologist", "head", "t01"...); association ids in the order they were created; the
 * district's subject ids by code (no caller is signed in to ask the subjects' boundary).
 */
public record DemoSchoolLoaded(long schoolId, String schoolName, Map<String, StaffCard> staff,
                               List<Long> associationIds, Map<String, Long> subjectIds) {
}
