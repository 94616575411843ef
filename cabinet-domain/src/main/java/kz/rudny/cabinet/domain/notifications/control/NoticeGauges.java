package kz.rudny.cabinet.domain.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import kz.rudny.cabinet.domain.monitoring.Gauges;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The notifications waiting, on {@code /metrics}: unread in the inboxes (counted at most once a minute, however
 * often the monitoring scrapes) and mails committed but not yet sent.
 */
@ApplicationScoped
public class NoticeGauges {

    static final Duration RECOUNT = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    NoticeMail mail;

    private final AtomicLong unread = new AtomicLong();
    private volatile long countedAt = Long.MIN_VALUE;

    void started(@Observes PlatformStarted started, Gauges gauges) {
        gauges.register("notifications.unread", "Notifications not yet read by their recipients",
                MetricUnits.NONE, this::unread);
        gauges.register("notifications.mails.waiting", "Notification mails committed and not yet sent",
                MetricUnits.NONE, mail::waiting);
    }

    long unread() {
        long now = System.nanoTime();
        if (countedAt == Long.MIN_VALUE || now - countedAt > RECOUNT.toNanos()) {
            countedAt = now;
            // NOTIFICATION is district-level (one recipient each), so one count covers every school.
            unread.set(em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.readAt IS NULL", Long.class)
                    .getSingleResult());
        }
        return unread.get();
    }
}
