package kz.rudny.cabinet.domain.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.notifications.control.NoticeTexts;
import kz.rudny.cabinet.domain.notifications.entity.Notification;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * The signed-in person's own notifications: the unread count, the list newest first, reading them. Every query
 * is by the caller's account, so an id of someone else's notification (of this school or another) is "not
 * found", exactly like a missing one.
 */
@ApplicationScoped
@Allowed
@Transactional
public class Inbox {

    /** The inbox page, where a notification without a link of its own leads. */
    public static final String PAGE = "/notifications.xhtml";

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** How many of the caller's notifications are unread (the bell). */
    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", caller.accountId()).getSingleResult();
    }

    /** A page of the caller's notifications, newest first, each rendered in the given language. */
    public Page<NoticeView> page(@NotNull PageRequest request, @NotNull Language language) {
        long me = caller.accountId();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :me", Long.class)
                .setParameter("me", me).getSingleResult();
        return new Page<>(em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :me"
                        + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("me", me).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(n -> view(n, language)).toList(), total);
    }

    private static NoticeView view(Notification n, Language language) {
        return new NoticeView(n.getId(), NoticeTexts.render(n.getMessageKey(), n.getMessageArgs(), language),
                n.getLink() == null ? PAGE : n.getLink(), n.getCreatedAt(), n.isRead());
    }

    /** The caller's newest unread notifications, at most {@code limit} (the start page's block). */
    public List<NoticeView> latestUnread(int limit, @NotNull Language language) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :me AND n.readAt IS NULL"
                        + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("me", caller.accountId()).setMaxResults(Math.max(0, Math.min(limit, 50)))
                .getResultStream().map(n -> view(n, language)).toList();
    }

    /** Opens one of the caller's notifications: marks it read and answers where it leads. */
    public String open(long id) {
        Notification n = own(id);
        n.markRead(now());
        return n.getLink() == null ? PAGE : n.getLink();
    }

    /** Marks one of the caller's notifications read. */
    public void markRead(long id) {
        own(id).markRead(now());
    }

    /** Marks all the caller's notifications read; answers how many were unread. */
    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :me AND n.readAt IS NULL")
                .setParameter("now", now()).setParameter("me", caller.accountId()).executeUpdate();
    }

    private Notification own(long id) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.id = :id AND n.recipientId = :me", Notification.class)
                .setParameter("id", id).setParameter("me", caller.accountId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Notification", id));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
