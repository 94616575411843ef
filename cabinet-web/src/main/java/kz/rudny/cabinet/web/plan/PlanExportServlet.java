package kz.rudny.cabinet.web.plan;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.events.plan.boundary.ExportLayout;
import kz.rudny.cabinet.events.plan.boundary.Plans;

/**
 * The school's plan as a file: {@code /events/plan/export?year=2026&format=xlsx|pdf&lang=kk|ru&layout=BY_QUARTER|BY_TERM}
 * (under {@code /events/*}: the school's people only; the plan read is always the caller's own school's).
 */
@WebServlet("/events/plan/export")
public class PlanExportServlet extends HttpServlet {

    @Inject
    Plans plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String year = request.getParameter("year");
        String format = request.getParameter("format");
        String layout = request.getParameter("layout");
        if (year == null || !year.matches("\\d{4}") || format == null || !format.matches("xlsx|pdf")
                || (layout != null && !layout.matches("BY_QUARTER|BY_TERM"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = "ru".equals(request.getParameter("lang")) ? Language.RU : Language.KK;
        DocumentFormat file = DocumentFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        try {
            byte[] bytes = plans.export(Integer.parseInt(year), file, language,
                    layout == null ? ExportLayout.BY_QUARTER : ExportLayout.valueOf(layout));
            String name = (language == Language.RU ? "план-" : "жоспар-") + new AcademicYear(Integer.parseInt(year))
                    + "." + file.extension();
            kz.rudny.cabinet.web.support.Attachments.send(response, name, file.mediaType(), bytes.length,
                    new ByteArrayInputStream(bytes));
        } catch (InvalidInputException | AccessDeniedException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
