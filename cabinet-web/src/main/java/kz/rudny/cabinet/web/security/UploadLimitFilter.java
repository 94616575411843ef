package kz.rudny.cabinet.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.web.support.Texts;

/**
 * Refuses an upload that is too large before it is read. Pages: a multipart post must say its length (411
 * otherwise) and may exceed the file limit only by the form's fields (413, the error page); they upload one
 * file per request. API: a request whose body is larger than the upload limit ({@code cabinet.upload.max-file-bytes})
 * plus {@value #ALLOWANCE_BYTES} bytes for the description and the multipart framing: with a
 * {@code Content-Length} above it, 413 at once, before a byte of the body is read (and the connection is
 * closed); a body without a length (chunked) is counted while it is read and refused past the limit
 * ({@link RequestTooLargeException}, answered 413 by the API's exception mapper). Each file is limited again
 * by the library when it is stored.
 */
@WebFilter(urlPatterns = {"/api/*", "*.xhtml"}, asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

    /** Room beyond the file limit for the multipart framing and the JSON description. */
    public static final long ALLOWANCE_BYTES = 1024 * 1024;

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = settings.uploadMaxBytes() + ALLOWANCE_BYTES;
        long length = request.getContentLengthLong();
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String type = request.getContentType();
            boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
            if (upload && length < 0) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            } else if (upload && length > limit) {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (length > limit) {
            refuse(request, response);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            chain.doFilter(new Limited(request, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = kz.rudny.cabinet.web.api.ApiLanguage.acceptedOrDefault(request.getHeader("Accept-Language"),
                settings.defaultLanguage()).locale();
        String message = Texts.validation(locale, "file.tooLarge", settings.uploadMaxBytes() / (1024 * 1024));
        String body = Json.createObjectBuilder().add("status", 413).add("error", "tooLarge").add("message", message)
                .add("problems", Json.createArrayBuilder()).build().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setHeader("Connection", "close"); // the body is not read: do not wait for it
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** The body of a request without a length, refused as soon as more than the limit arrives. */
    public static class RequestTooLargeException extends IOException {
        public RequestTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingInput(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class CountingInput extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingInput(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RequestTooLargeException {
            count += n;
            if (count > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
