package kz.rudny.cabinet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The answer while the database cannot be reached: a page "service unavailable" in the person's language with status
 * 503 and {@code Retry-After}, or, for a page's ajax post, an answer that only puts that message in the page's
 * messages panel, so that the form and what was typed into it stay as they were. No stack trace.
 */
@ApplicationScoped
public class ServiceUnavailable {

    public static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    LanguageChoice language;

    @Inject
    Settings settings;

    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        String title = Texts.ui(locale, "error.503.title");
        String text = Texts.ui(locale, "error.503.text");
        response.resetBuffer();
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // Faces' ajax script reads only a 200 answer: the messages panel of the page is replaced, nothing else.
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                    + "<update id=\"messages\"><![CDATA[<div id=\"messages\" class=\"flash\" aria-live=\"polite\">"
                    + "<ul id=\"messageList\"><li class=\"flash-error\">" + escaped(text) + "</li></ul></div>]]>"
                    + "</update></changes></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentType("text/html");
        String root = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escaped(title) + " · " + escaped(Texts.ui(locale, "app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/cabinet/cabinet.css.xhtml\"/>"
                + "</head><body class=\"login-page\"><main class=\"login-box\"><h1 id=\"errorTitle\">" + escaped(title)
                + "</h1><p id=\"errorText\">" + escaped(text) + "</p><p><a href=\"" + root + "/index.xhtml\">"
                + escaped(Texts.ui(locale, "error.home")) + "</a></p></main></body></html>");
    }

    /** The session's language if it has one (known without the database once a page was shown), else the cookie's. */
    private Locale locale(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            try {
                return language.getLocale();
            } catch (RuntimeException noSessionContextYet) {
                // before the application's contexts are active (the sign-in mechanism): the cookie's language
            }
        }
        Cookie[] cookies = request.getCookies();
        return Arrays.stream(cookies == null ? new Cookie[0] : cookies).filter(c -> LanguageChoice.COOKIE.equals(c.getName()))
                .findFirst().flatMap(c -> Language.fromCode(c.getValue())).orElse(settings.defaultLanguage()).locale();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
