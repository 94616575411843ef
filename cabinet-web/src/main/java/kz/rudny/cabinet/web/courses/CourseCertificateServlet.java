package kz.rudny.cabinet.web.courses;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * A course certificate's scan: {@code /mentoring/course-certificate?id=7} (under {@code /mentoring/*}: the school's
 * people; a course that is neither the caller's nor, for the methodologist, the school's, or one without a scan, is
 * "not found").
 */
@WebServlet("/mentoring/course-certificate")
public class CourseCertificateServlet extends HttpServlet {

    @Inject
    Courses courses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            Attachments.send(response, courses.certificate(Long.parseLong(id)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
