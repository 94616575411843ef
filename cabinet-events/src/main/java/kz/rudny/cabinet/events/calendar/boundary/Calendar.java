package kz.rudny.cabinet.events.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.calendar.control.IcsWriter;
import kz.rudny.cabinet.events.calendar.control.Sources;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The signed-in person's own calendar: the entries of a range of days, and one entry as an .ics file. */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Calendar {

    static final String RECORD = "CalendarEntry";
    /** The longest range one call reads (a month view shows six weeks; a list a few more). */
    static final int MAX_DAYS = 120;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    Sources sources;

    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The caller's entries touching the days {@code from} to {@code to} (both included), in time order. */
    public List<CalendarEntry> entries(@NotNull LocalDate from, @NotNull LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "calendar.badRange");
        }
        return sources.collect(owner(), from, to);
    }

    /**
     * One of the caller's own entries (of the feed's range) as an iCalendar file; anything else, another person's
     * or another school's, is not found.
     */
    public String entryIcs(@NotNull String uid) {
        LocalDate today = LocalDate.now(settings.timeZone());
        CalendarEntry entry = sources.collect(owner(), today.minusDays(Sources.DAYS_BACK),
                        today.plusDays(Sources.DAYS_AHEAD)).stream()
                .filter(e -> e.uid().equals(uid))
                .findFirst().orElseThrow(() -> new NotFoundException(RECORD, 0L));
        return new IcsWriter(settings.timeZone(), publicUrl).write(List.of(entry), null, Instant.now());
    }

    private CalendarOwner owner() {
        long staffId = profile.staffId().orElseThrow(() -> new NotFoundException(RECORD, 0L));
        return new CalendarOwner(caller.accountId(), staffId);
    }
}
