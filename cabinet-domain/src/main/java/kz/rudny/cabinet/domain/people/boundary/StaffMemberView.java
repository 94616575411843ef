package kz.rudny.cabinet.domain.people.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.security.Role;

/** A staff member as lists show them. */
public record StaffMemberView(long id, String username, String fullName, String jobTitle, Set<Role> roles,
                              List<String> subjects, boolean active, boolean youngSpecialist) implements Serializable {
}
