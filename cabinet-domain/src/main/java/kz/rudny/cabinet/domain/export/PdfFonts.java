package kz.rudny.cabinet.domain.export;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold for every PDF the cabinet writes (the library's certificates, the events'
 * plan), read once from the classpath. They cover the Kazakh letters (ә ғ қ ң ө ұ ү һ і) that the PDF standard
 * fonts lack, and are embedded as subsets (Identity-H), so a document looks the same on any computer.
 * Licence: {@code fonts/LICENSE-DejaVu.txt} beside them.
 */
public final class PdfFonts {

    private static final String FOLDER = "/kz/rudny/cabinet/domain/export/fonts/";

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return Loaded.REGULAR;
    }

    public static BaseFont bold() {
        return Loaded.BOLD;
    }

    /** Loads the fonts on first use, once, thread-safely (class initialisation). */
    private static final class Loaded {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + FOLDER + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
