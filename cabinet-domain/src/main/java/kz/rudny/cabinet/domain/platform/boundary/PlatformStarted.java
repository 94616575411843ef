package kz.rudny.cabinet.domain.platform.boundary;

import java.util.List;

/** The platform has migrated and loaded its data; modules may now build what they keep beside the database. */
public record PlatformStarted(List<Long> schoolIds) {
    public PlatformStarted {
        schoolIds = List.copyOf(schoolIds);
    }
}
