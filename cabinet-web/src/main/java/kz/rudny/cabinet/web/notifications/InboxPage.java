package kz.rudny.cabinet.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.NoticeView;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.LazyPage;

/**
 * The person's notifications, newest first, paged on the server, in their language. Opening one marks it read and
 * goes where it leads (a post, so no GET changes anything); "mark all read" empties the bell.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    @Inject
    Inbox inbox;

    @Inject
    LanguageChoice language;

    private LazyPage<NoticeView> rows;

    @PostConstruct
    void init() {
        Inbox boundary = inbox;
        Language reading = language.current();
        rows = new LazyPage<>(request -> boundary.page(request, reading), NoticeView::id);
    }

    public LazyPage<NoticeView> getRows() {
        return rows;
    }

    /** Marks the notification read and follows its link (always a path of this application). */
    public void open(long id) throws IOException {
        FacesForms.redirectTo(inbox.open(id));
    }

    public void markAllRead() throws IOException {
        int marked = inbox.markAllRead();
        FacesForms.info("notifications.allMarked", marked);
        FacesForms.redirectTo(Inbox.PAGE);
    }
}
