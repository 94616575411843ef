package kz.rudny.cabinet.web.attestation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.mentoring.attestation.boundary.Portfolios;
import kz.rudny.cabinet.web.support.Attachments;

/**
 * A piece of evidence's file: {@code /mentoring/evidence-file?id=7} (under {@code /mentoring/*}: the school's
 * people; a piece that is neither the caller's nor, for the methodologist, a colleague's, or one without a file, is
 * "not found").
 */
@WebServlet("/mentoring/evidence-file")
public class EvidenceFileServlet extends HttpServlet {

    @Inject
    Portfolios portfolios;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            Attachments.send(response, portfolios.file(Long.parseLong(id)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
