package kz.rudny.cabinet.domain.security;

import java.util.EnumSet;
import java.util.Set;

/** Roles an account can hold; one person may hold several. */
public enum Role {
    TEACHER(true),
    MENTOR(true),
    ASSOCIATION_HEAD(true),
    SCHOOL_METHODOLOGIST(true),
    DISTRICT_METHODOLOGIST(false),
    DISTRICT_ADMINISTRATOR(false);

    private final boolean schoolRole;

    Role(boolean schoolRole) {
        this.schoolRole = schoolRole;
    }

    /** Whether the role belongs to a school's people (as opposed to the district's). */
    public boolean isSchoolRole() {
        return schoolRole;
    }

    public static Set<Role> schoolRoles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : values()) {
            if (r.schoolRole) {
                roles.add(r);
            }
        }
        return roles;
    }

    public static Set<Role> districtRoles() {
        return EnumSet.complementOf(EnumSet.copyOf(schoolRoles()));
    }
}
