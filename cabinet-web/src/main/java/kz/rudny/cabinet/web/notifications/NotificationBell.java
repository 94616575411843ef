package kz.rudny.cabinet.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.web.support.Texts;

/** The bell in the page header: the signed-in person's unread count, asked once per request. */
@Named("bell")
@RequestScoped
public class NotificationBell {

    @Inject
    Inbox inbox;

    @Inject
    CurrentCaller caller;

    private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());

    private Long count;

    public long getCount() {
        if (count == null) {
            try {
                count = caller.isSignedIn() ? inbox.unreadCount() : 0L;
            } catch (RuntimeException e) {
                // the bell is on every page, the error page too: it never stops one from being shown
                LOG.log(Level.FINE, "The unread count could not be read", e);
                count = 0L;
            }
        }
        return count;
    }

    /** What a screen reader says for the bell (and its tooltip): "3 unread notifications". */
    public String getLabel() {
        return getCount() == 0 ? Texts.ui("notifications.bell.none") : Texts.ui("notifications.bell", getCount());
    }

    /** The number on the bell; large counts are shortened ("99+"), the label says the real one. */
    public String getBadge() {
        return getCount() > 99 ? "99+" : Long.toString(getCount());
    }
}
