package kz.rudny.cabinet.web.activities;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.events.activities.boundary.ActivityFiles;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * A file of an event: {@code /events/activity/file?activity=7&file=3} (under {@code /events/activity/*}: the
 * school's and the district's people; an event the caller does not see, or a file not of that event, is "not
 * found").
 */
@WebServlet("/events/activity/file")
public class ActivityFileServlet extends HttpServlet {

    @Inject
    ActivityFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String activity = request.getParameter("activity");
        String file = request.getParameter("file");
        if (activity == null || !activity.matches("\\d{1,18}") || file == null || !file.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            Attachments.send(response, files.download(Long.parseLong(activity), Long.parseLong(file)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
