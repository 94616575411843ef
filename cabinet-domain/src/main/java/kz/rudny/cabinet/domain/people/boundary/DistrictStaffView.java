package kz.rudny.cabinet.domain.people.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.security.Role;

/** An account of the district's staff (of no school); {@code language} null: the configured default. */
public record DistrictStaffView(long id, String fullName, String username, List<Role> roles, Language language,
                                boolean active) implements Serializable {
}
