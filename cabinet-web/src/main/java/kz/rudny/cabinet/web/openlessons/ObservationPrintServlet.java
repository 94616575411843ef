package kz.rudny.cabinet.web.openlessons;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.activities.boundary.Observations;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * Lesson analyses printed as PDF with Kazakh or Russian headings: one observation
 * ({@code /events/observation/print?id=7&lang=kk|ru}), or every submitted observation of a lesson with the
 * summary ({@code /events/open-lesson/print?id=<event>&lang=kk|ru}). Under {@code /events/*}: the school's
 * people only; what the caller may not read is "not found".
 */
@WebServlet({"/events/observation/print", "/events/open-lesson/print"})
public class ObservationPrintServlet extends HttpServlet {

    @Inject
    Observations observations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String lang = request.getParameter("lang");
        if (id == null || !id.matches("\\d{1,18}") || lang == null || !lang.matches("kk|ru")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.fromCode(lang).orElseThrow();
        boolean one = request.getServletPath().startsWith("/events/observation");
        try {
            byte[] pdf = one ? observations.pdf(Long.parseLong(id), language)
                    : observations.lessonPdf(Long.parseLong(id), language);
            Attachments.send(response, (one ? "observation-" : "open-lesson-") + id + ".pdf", "application/pdf",
                    pdf.length, new ByteArrayInputStream(pdf));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
