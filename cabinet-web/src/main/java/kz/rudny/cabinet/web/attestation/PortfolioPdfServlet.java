package kz.rudny.cabinet.web.attestation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.mentoring.attestation.boundary.Portfolios;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * The attestation portfolio as PDF with Kazakh or Russian headings: the caller's
 * ({@code /mentoring/portfolio-pdf?lang=kk|ru}) or, for the methodologist, a colleague's
 * ({@code &staff=7}). Under {@code /mentoring/*}: the school's people only; what the caller may not read (a
 * colleague's, for anyone but the methodologist) is "not found".
 */
@WebServlet("/mentoring/portfolio-pdf")
public class PortfolioPdfServlet extends HttpServlet {

    @Inject
    Portfolios portfolios;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String staff = request.getParameter("staff");
        String lang = request.getParameter("lang");
        if ((staff != null && !staff.matches("\\d{1,18}")) || lang == null || !lang.matches("kk|ru")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.fromCode(lang).orElseThrow();
        try {
            byte[] pdf = staff == null ? portfolios.pdf(language) : portfolios.pdfOf(Long.parseLong(staff), language);
            Attachments.send(response, "portfolio" + (staff == null ? "" : "-" + staff) + "-" + lang + ".pdf",
                    "application/pdf", pdf.length, new ByteArrayInputStream(pdf));
        } catch (NotFoundException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
