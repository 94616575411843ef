package kz.rudny.cabinet.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.events.calendar.boundary.Calendar;
import kz.rudny.cabinet.events.calendar.boundary.FeedLink;
import kz.rudny.cabinet.events.calendar.boundary.PrivateFeed;

/**
 * {@code /feeds/calendar/<token>.ics}: a person's private feed for calendar programs (public in web.xml: the token
 * is the key; no session is made, and anything not a live token is a bare 404 without the error page, which would
 * make one). {@code /feeds/entry/<uid>.ics}: one of the signed-in person's own entries, to add to a calendar by hand.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final String CALENDAR = "/calendar/";
    private static final String ENTRY = "/entry/";

    @Inject
    PrivateFeed feed;

    @Inject
    Calendar calendar;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.endsWith(FeedLink.SUFFIX)) {
            notFound(response);
            return;
        }
        if (path.startsWith(CALENDAR)) {
            String token = path.substring(CALENDAR.length(), path.length() - FeedLink.SUFFIX.length());
            Optional<String> ics = feed.ics(token);
            if (ics.isEmpty()) {
                notFound(response);
                return;
            }
            send(response, ics.get(), null);
        } else if (path.startsWith(ENTRY)) {
            String uid = path.substring(ENTRY.length(), path.length() - FeedLink.SUFFIX.length());
            if (!uid.matches("[a-z-]{1,40}-\\d{1,18}@[a-z.]{1,60}")) {
                notFound(response);
                return;
            }
            try {
                send(response, calendar.entryIcs(uid), uid.substring(0, uid.indexOf('@')) + FeedLink.SUFFIX);
            } catch (NotFoundException | AccessDeniedException e) {
                notFound(response);
            }
        } else {
            notFound(response);
        }
    }

    private static void send(HttpServletResponse response, String ics, String attachmentName) throws IOException {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        if (attachmentName != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + attachmentName + "\"");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A bare 404: not sendError, whose error page is a Faces page that would start a session. */
    private static void notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(0);
    }
}
