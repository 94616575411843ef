package kz.rudny.cabinet.events.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.calendar.control.FeedTokens;
import kz.rudny.cabinet.events.calendar.control.IcsWriter;
import kz.rudny.cabinet.events.calendar.control.Sources;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's private iCalendar feed by its token alone (calendar programs cannot sign in). The token is the only
 * key: it finds its owner's row, and the entries are read inside that owner's school (the school stored with the
 * token, never anything from the request), for that owner only; the feed covers 60 days back and a year ahead.
 */
@ApplicationScoped
@PermitAll // a calendar program's request: no sign-in, the unguessable token is the credential
public class PrivateFeed {

    /** The calendar's name in calendar programs: both school languages (the feed has no reader's language). */
    static final String NAME = "Әдістемелік кабинет / Методический кабинет";

    @Inject
    FeedTokens tokens;

    @Inject
    Sources sources;

    @Inject
    Tenancy tenancy;

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The feed as iCalendar text, or empty for a token that is wrong, old (reset) or of a deactivated person. */
    public Optional<String> ics(String token) {
        return tokens.holder(token).map(holder -> {
            LocalDate today = LocalDate.now(settings.timeZone());
            CalendarOwner owner = new CalendarOwner(holder.accountId(), holder.staffId());
            List<CalendarEntry> entries = tenancy.asSchool(holder.schoolId(), () -> sources.collectInTransaction(
                    owner, today.minusDays(Sources.DAYS_BACK), today.plusDays(Sources.DAYS_AHEAD)));
            return new IcsWriter(settings.timeZone(), publicUrl).write(entries, NAME, Instant.now());
        });
    }
}
