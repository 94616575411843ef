package kz.rudny.cabinet.web.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.events.meetings.boundary.MeetingFiles;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * A file of a meeting: {@code /events/meetings/file?meeting=7&file=3} (under {@code /events/*}: the school's people;
 * a meeting the caller may not read, or a file not of that meeting, is "not found").
 */
@WebServlet("/events/meetings/file")
public class MeetingFileServlet extends HttpServlet {

    @Inject
    MeetingFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String meeting = request.getParameter("meeting");
        String file = request.getParameter("file");
        if (meeting == null || !meeting.matches("\\d{1,18}") || file == null || !file.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            Attachments.send(response, files.download(Long.parseLong(meeting), Long.parseLong(file)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
