package kz.rudny.cabinet.web.mentoring;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.mentoring.pairs.boundary.LessonVisits;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentorReports;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * Mentoring printed as PDF with Kazakh or Russian headings: the mentor's report of a pair
 * ({@code /mentoring/report-pdf?pair=3&lang=kk|ru}), or one lesson visit's analysis
 * ({@code /mentoring/visit-pdf?id=7&lang=kk|ru}). Under {@code /mentoring/*}: the school's people only; what the
 * caller may not read is "not found".
 */
@WebServlet({"/mentoring/report-pdf", "/mentoring/visit-pdf"})
public class MentoringPrintServlet extends HttpServlet {

    @Inject
    MentorReports reports;

    @Inject
    LessonVisits visits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean report = request.getServletPath().equals("/mentoring/report-pdf");
        String id = request.getParameter(report ? "pair" : "id");
        String lang = request.getParameter("lang");
        if (id == null || !id.matches("\\d{1,18}") || lang == null || !lang.matches("kk|ru")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.fromCode(lang).orElseThrow();
        try {
            byte[] pdf = report ? reports.pdf(Long.parseLong(id), language)
                    : visits.pdf(Long.parseLong(id), language);
            Attachments.send(response, (report ? "mentor-report-" : "lesson-visit-") + id + ".pdf", "application/pdf",
                    pdf.length, new ByteArrayInputStream(pdf));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
