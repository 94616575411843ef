package kz.rudny.cabinet.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.activities.boundary.EventCertificate;
import kz.rudny.cabinet.events.activities.boundary.EventCertificates;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.Attachments;
import kz.rudny.cabinet.web.support.Texts;

/**
 * An event's certificate as a PDF: {@code /events/certificate?activity=<id>&lang=kk|ru|en} gives the caller's own
 * (a participant's or a presenter's); with {@code &presenter=<id>}, the organiser gets a guest presenter's. Without
 * {@code lang}, in the person's language. An unknown event or presenter is a 404; no certificate for the caller is
 * a 400 saying why in the person's language. The verification address printed on it is this server's public page.
 */
@WebServlet("/events/certificate")
public class EventCertificateServlet extends HttpServlet {

    @Inject
    EventCertificates certificates;

    @Inject
    LanguageChoice languageChoice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String activity = request.getParameter("activity");
        String presenter = request.getParameter("presenter");
        Language asked = Language.fromCode(request.getParameter("lang")).orElse(null);
        Locale locale = asked != null ? asked.locale() : languageChoice.getLocale();
        if (activity == null || !activity.matches("\\d{1,18}")
                || (presenter != null && !presenter.matches("\\d{1,18}"))) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.ui(locale, "event.certificate.notFound"));
            return;
        }
        String verify = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/verify.xhtml";
        try {
            long id = Long.parseLong(activity);
            EventCertificate c = presenter == null ? certificates.forMe(id, asked, verify)
                    : certificates.forPresenter(id, Long.parseLong(presenter), asked, verify);
            Attachments.send(response, "certificate-event-" + id + "-" + c.language() + ".pdf", "application/pdf",
                    c.pdf().length, new ByteArrayInputStream(c.pdf()));
        } catch (NotFoundException | AccessDeniedException e) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.ui(locale, "event.certificate.notFound"));
        } catch (InvalidInputException e) {
            InvalidInputException.Problem problem = e.problems().get(0);
            plain(response, HttpServletResponse.SC_BAD_REQUEST,
                    Texts.validation(locale, problem.messageKey(), problem.arguments()));
        }
    }

    /** A short answer in plain text (not the Faces error page, which would not say why). */
    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
