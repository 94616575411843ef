package kz.rudny.cabinet.web.activities;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.activities.boundary.RegistrationExport;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * An event's list of registered and waiting people as XLSX, for its organiser only:
 * {@code /events/activity/registrations?id=12&lang=kk|ru}. Anyone else gets 404, as for an event that does not exist.
 */
@WebServlet("/events/activity/registrations")
public class RegistrationExportServlet extends HttpServlet {

    @Inject
    RegistrationExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = "ru".equals(request.getParameter("lang")) ? Language.RU : Language.KK;
        try {
            byte[] bytes = export.xlsx(Long.parseLong(id), language);
            String name = (language == Language.RU ? "участники-" : "қатысушылар-") + id + ".xlsx";
            Attachments.send(response, name, DocumentFormat.XLSX.mediaType(), bytes.length, new ByteArrayInputStream(bytes));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
