package kz.rudny.cabinet.web.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.meetings.boundary.Minutes;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * A meeting's minutes printed: {@code /events/minutes/print?id=7&format=pdf|docx&lang=kk|ru|en} (under
 * {@code /events/*}: the school's people only; a meeting the caller may not read is "not found").
 */
@WebServlet("/events/minutes/print")
public class MinutesPrintServlet extends HttpServlet {

    @Inject
    Minutes minutes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String format = request.getParameter("format");
        String lang = request.getParameter("lang");
        if (id == null || !id.matches("\\d{1,18}") || format == null || !format.matches("pdf|docx")
                || lang == null || !lang.matches("kk|ru|en")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            ExportedFile file = minutes.print(Long.parseLong(id), Language.fromCode(lang).orElseThrow(),
                    DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT)));
            Attachments.send(response, file.fileName(), file.format().mediaType(), file.bytes().length,
                    new ByteArrayInputStream(file.bytes()));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
