package kz.rudny.cabinet.events.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.calendar.control.FeedTokens;
import kz.rudny.cabinet.events.calendar.entity.FeedToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in person's private feed link. The token is shown only when made (only its hash is kept): making a
 * new one replaces the old, which stops working at once.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class FeedLinks {

    public static final String RECORD = "CalendarFeed";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Since when (UTC) the caller's current link works, if they have one. */
    public Optional<LocalDateTime> activeSince() {
        return own().map(FeedToken::getCreatedAt);
    }

    /** A new link for the caller: the first one, or a reset that makes the old one useless. */
    public FeedLink issue() {
        long schoolId = caller.schoolId().orElseThrow(() -> new NotFoundException("CalendarFeed", 0L));
        long staffId = profile.staffId().orElseThrow(() -> new NotFoundException("CalendarFeed", 0L));
        String token = FeedTokens.newToken();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Optional<FeedToken> existing = own();
        FeedToken feed;
        if (existing.isPresent()) {
            feed = existing.get();
            feed.replace(FeedTokens.hash(token), now);
        } else {
            feed = new FeedToken(FeedTokens.hash(token), caller.accountId(), schoolId, staffId, now);
            em.persist(feed);
        }
        em.flush();
        // Who made or reset a link, and when; never the token itself.
        audit.record(existing.isPresent() ? EventsAction.CALENDAR_FEED_RESET : EventsAction.CALENDAR_FEED_ISSUED,
                RECORD, feed.getId(), Changes.describe());
        return FeedLink.of(publicUrl, token);
    }

    private Optional<FeedToken> own() {
        return em.createNamedQuery(FeedToken.BY_ACCOUNT, FeedToken.class)
                .setParameter("account", caller.accountId())
                .getResultStream().findFirst();
    }
}
