package kz.rudny.cabinet.web.profile;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * Holds a person who signed in with a handed-out first password on the password page until they choose their
 * own: every other request of the session (pages, posts, downloads) is sent there instead, and does nothing.
 * The password page itself, and signing out from it (its form posts to that page), still work. The sign-in,
 * public pages, resources and the API (which signs each request in itself) are left alone.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {

    static final String PAGE = "/password.xhtml";
    private static final Set<String> FREE = Set.of(PAGE, "/login.xhtml", "/error.xhtml", "/verify.xhtml");
    private static final Set<String> FREE_PREFIXES = Set.of("/jakarta.faces.resource/", "/resources/", "/api/",
            "/openapi", "/health");

    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || isFree(path) || !caller.isPasswordChangeRequired()) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) { // an ajax request follows only this
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    private static boolean isFree(String path) {
        return FREE.contains(path) || FREE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
