package kz.rudny.cabinet.web.support;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.text.Normalizer;
import java.util.Locale;
import kz.rudny.cabinet.domain.text.Transliteration;
import kz.rudny.cabinet.domain.files.boundary.Download;

/**
 * A stored file as a download: its own media type (never sniffed by the browser), its length, and a
 * {@code Content-Disposition: attachment} with the name in UTF-8 ({@code filename*}, RFC 5987/6266, so a Kazakh
 * name arrives intact) and an ASCII fallback ({@code filename}, Cyrillic transliterated) for old clients.
 */
public final class Attachments {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachments() {
    }

    /**
     * The download as a response. The web module's default response encoding (web.xml) would append
     * {@code ;charset=UTF-8} to every content type, wrong for a binary file: it is cleared on the servlet response.
     */
    public static Response of(Download download, HttpServletResponse servletResponse) {
        servletResponse.setCharacterEncoding(null);
        if (!Files.isReadable(download.path())) { // a 500 before any header, not a broken download
            throw new UncheckedIOException(new NoSuchFileException(download.path().toString()));
        }
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(download.path())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, download.kind().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("Content-Disposition", contentDisposition(download.name()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The download written straight to a servlet response (the pages' download and certificate links). */
    public static void send(HttpServletResponse response, Download download) throws IOException {
        send(response, download.name(), download.kind().mediaType(), download.size(),
                Files.newInputStream(download.path()));
    }

    public static void send(HttpServletResponse response, String name, String mediaType, long size, InputStream in)
            throws IOException {
        try (in) {
            response.setCharacterEncoding(null);
            response.setContentType(mediaType);
            response.setContentLengthLong(size);
            response.setHeader("Content-Disposition", contentDisposition(name));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            in.transferTo(response.getOutputStream());
        }
    }

    public static String contentDisposition(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The name percent-encoded as UTF-8, every byte outside RFC 5987's attr-char encoded. */
    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /**
     * The name in printable ASCII for a quoted {@code filename}: Kazakh and Russian letters transliterated,
     * accents dropped, anything else (and quotes, backslashes, percent signs) as {@code _}.
     */
    static String asciiFallback(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            String latin = Transliteration.latin(c);
            if (latin != null) {
                out.append(latin);
                continue;
            }
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0); // é -> e
            out.append(base >= 0x20 && base < 0x7f && base != '"' && base != '\\' && base != '%' ? base : '_');
        }
        String ascii = out.toString().strip();
        int dot = ascii.lastIndexOf('.');
        String stem = dot < 0 ? ascii : ascii.substring(0, dot);
        return stem.chars().anyMatch(Character::isLetterOrDigit) ? ascii : "file" + (dot < 0 ? "" : ascii.substring(dot));
    }
}
