package kz.rudny.cabinet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import kz.rudny.cabinet.domain.platform.boundary.Settings;

/**
 * Refuses an upload that is too large before any of it is read: a multipart request must say its length,
 * and that length may exceed the configured file limit ({@code cabinet.upload.max-file-bytes}) only by the
 * form's own fields. The pages upload one file per request, so this is the per-file limit; the bytes are
 * counted again while they are stored.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class UploadLimitFilter extends HttpFilter {

    /** Room for the form's other fields and the multipart boundaries. */
    static final long FORM_ALLOWANCE = 256 * 1024;

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            if (length > settings.uploadMaxBytes() + FORM_ALLOWANCE) {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
