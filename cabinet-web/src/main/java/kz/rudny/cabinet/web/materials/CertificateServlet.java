package kz.rudny.cabinet.web.materials;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.rudny.cabinet.web.support.Attachments;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.library.certificates.boundary.Certificates;

/**
 * A publication certificate as a PDF: {@code /library/certificate?material=<id>&kind=<kind>&lang=kk|ru|en}.
 * The verification address printed on it is this server's public verification page.
 */
@WebServlet("/library/certificate")
public class CertificateServlet extends HttpServlet {

    @Inject
    Certificates certificates;

    @Inject
    Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String material = request.getParameter("material");
        String kind = request.getParameter("kind");
        Language language = Language.fromCode(request.getParameter("lang")).orElseGet(settings::defaultLanguage);
        if (material == null || !material.matches("\\d{1,18}") || kind == null
                || !kind.matches("APPROVED_IN_SCHOOL|DISTRICT_BEST_PRACTICE")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String verify = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/verify.xhtml";
        try {
            byte[] pdf = certificates.pdf(Long.parseLong(material), CertificateKind.valueOf(kind), language, verify);
            Attachments.send(response, "certificate-" + material + "-" + language.code() + ".pdf",
                    "application/pdf", pdf.length, new ByteArrayInputStream(pdf));
        } catch (NotFoundException | AccessDeniedException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
