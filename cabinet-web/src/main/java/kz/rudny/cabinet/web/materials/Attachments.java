package kz.rudny.cabinet.web.materials;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import kz.rudny.cabinet.library.materials.boundary.Download;

/**
 * Sends a stored file as an attachment: the original (possibly Kazakh) name in RFC 5987 form with an ASCII
 * fallback, the type from the bytes' kind, nosniff, and the bytes streamed without buffering them whole.
 */
public final class Attachments {

    private Attachments() {
    }

    public static void send(HttpServletResponse response, Download file) throws IOException {
        send(response, file.name(), file.kind().mediaType(), file.size(), Files.newInputStream(file.path()));
    }

    public static void send(HttpServletResponse response, String name, String mediaType, long size, InputStream in)
            throws IOException {
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        response.setHeader("Content-Disposition", disposition(name));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (in; OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    public static String disposition(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "_")
                .replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
