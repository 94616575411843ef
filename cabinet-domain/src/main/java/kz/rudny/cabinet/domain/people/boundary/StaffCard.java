package kz.rudny.cabinet.domain.people.boundary;

import java.io.Serializable;

/** Who the caller is in their school, as other modules record it: staff id, name, position, school. */
public record StaffCard(long staffId, String fullName, String jobTitle, long schoolId, String schoolName)
        implements Serializable {
}
