package kz.rudny.cabinet.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: nothing may frame the application, no type sniffing, pages of a
 * signed-in person are never cached, and a Content-Security-Policy without {@code 'unsafe-inline'} or
 * {@code 'unsafe-eval'} for scripts.
 *
 * <p>Scripts: a Faces page gets PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml): PrimeFaces adds the
 * same policy with a fresh nonce for its scripts, which replaces the one set here (one policy per response,
 * since two would both have to allow a script). Every other response (files, the API, redirects, errors before
 * Faces) keeps the policy without a nonce: no inline script runs there at all.
 *
 * <p>Styles keep {@code 'unsafe-inline'}: PrimeFaces components write {@code style} attributes (column widths,
 * positions of overlays computed in the browser), and a nonce cannot cover an attribute. A style cannot run
 * code, so this is the strictest policy under which the pages work.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP_HEADER = "Content-Security-Policy";

    /** The policy; PrimeFaces appends its nonce to the last directive, so script-src comes last. */
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Sets the headers; also used by the sign-in mechanism on its redirect, which comes before any filter. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP_HEADER, CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        boolean resource = request.getRequestURI().contains("/jakarta.faces.resource/");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** A policy added later (PrimeFaces' with its nonce) replaces the one set here instead of adding a second. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
