package kz.rudny.cabinet.domain.certificates.boundary;

import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders a certificate of any kind as a one-page A4 landscape PDF: the issuing cabinet, the kind's heading, the
 * holder with position and school, what they did, the title and why it is certified ({@link CertificateBody}),
 * the issue date, the verification code in large spaced letters and the address of the page where anyone
 * can check it (also a link). Every word comes from the certificate bundle in the requested language
 * ({@link CertificateWords}); the DejaVu fonts are embedded ({@link kz.rudny.cabinet.domain.export.PdfFonts}). Dates are printed
 * dd.MM.yyyy in every language. Stateless and safe to share.
 */
public class CertificatePdf {

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);

    /** A4 turned on its side by its size, not by a /Rotate entry, so the page reads upright everywhere. */
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float MARGIN = 80;
    private static final float CODE_SPACING = 3;

    /** The certificate in the language; a language without its own words gets English. */
    public byte[] render(CertificateFacts facts, Locale language) {
        Objects.requireNonNull(facts, "facts");
        CertificateStatement statement = facts.statement();
        CertificateWords words = CertificateWords.in(language);
        String kind = "kind." + statement.kind().name().toLowerCase(Locale.ROOT);
        String heading = words.text(kind + ".heading");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(new Rectangle(PAGE), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(words.languageTag()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(heading + " " + statement.code());
        document.addSubject(words.text("title.quoted", Map.of("title", statement.title())));
        document.addAuthor(words.text("issuer"));
        document.addCreator(words.text("issuer"));
        document.addCreationDate();
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        frame(canvas);
        float top = PAGE.getHeight();
        centred(canvas, words.text("issuer"), PdfFonts.regular(), 12, GREY, top - 72);
        centred(canvas, heading, PdfFonts.bold(), 32, ACCENT, top - 118);
        rule(canvas, top - 136);
        body(statement, kind, words).draw(canvas, new Rectangle(MARGIN, 200, PAGE.getWidth() - MARGIN, top - 152));
        footer(canvas, facts, words);
        document.close();
        return out.toByteArray();
    }

    private static CertificateBody body(CertificateStatement statement, String kind, CertificateWords words) {
        String place = Stream.of(statement.holderPosition(), statement.schoolName())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
        String reason = statement.dated() == null
                ? words.text(kind)
                : words.text(kind + ".dated", Map.of("date", PaperDates.DAY.format(statement.dated())));
        return new CertificateBody(statement.holderName().strip(), place, words.text(kind + ".deed"),
                words.text("title.quoted"), statement.title().strip(), reason);
    }

    private static void footer(PdfContentByte canvas, CertificateFacts facts, CertificateWords words) {
        centred(canvas, words.text("issued", Map.of("date", PaperDates.DAY.format(facts.statement().issuedOn()))),
                PdfFonts.regular(), 12, INK, 172);
        centred(canvas, words.text("code"), PdfFonts.regular(), 10, GREY, 146);
        code(canvas, facts.statement().code(), 116);
        checkLine(canvas, words.text("check", Map.of("url", facts.verifyUrl())), facts.verifyUrl(), 84);
    }

    /** The code in large bold letters, spaced apart so each character reads on its own. */
    private static void code(PdfContentByte canvas, String code, float y) {
        BaseFont font = PdfFonts.bold();
        float size = 26;
        float width = font.getWidthPoint(code, size) + CODE_SPACING * (code.length() - 1);
        canvas.beginText();
        canvas.setColorFill(ACCENT);
        canvas.setFontAndSize(font, size);
        canvas.setCharacterSpacing(CODE_SPACING);
        canvas.setTextMatrix((PAGE.getWidth() - width) / 2, y);
        canvas.showText(code);
        canvas.setCharacterSpacing(0);
        canvas.endText();
    }

    /** The "check at" line, with the address in it made a link. */
    private static void checkLine(PdfContentByte canvas, String line, String url, float y) {
        BaseFont font = PdfFonts.regular();
        float size = centred(canvas, line, font, 10.5f, INK, y);
        int at = line.indexOf(url);
        if (at >= 0 && (url.startsWith("https://") || url.startsWith("http://"))) {
            float left = (PAGE.getWidth() - font.getWidthPoint(line, size)) / 2
                    + font.getWidthPoint(line.substring(0, at), size);
            canvas.setAction(new PdfAction(url), left, y - 3, left + font.getWidthPoint(url, size), y + size);
        }
    }

    /** One centred line, made smaller if it would not fit between the margins; returns the size used. */
    private static float centred(PdfContentByte canvas, String text, BaseFont font, float size, Color color,
            float y) {
        float fitted = Math.min(size, (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, font.getWidthPoint(text, 1)));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(text, new Font(font, fitted, Font.NORMAL, color)), PAGE.getWidth() / 2, y, 0);
        return fitted;
    }

    private static void frame(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(2.5f);
        canvas.rectangle(18, 18, PAGE.getWidth() - 36, PAGE.getHeight() - 36);
        canvas.stroke();
        canvas.setLineWidth(0.75f);
        canvas.rectangle(25, 25, PAGE.getWidth() - 50, PAGE.getHeight() - 50);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void rule(PdfContentByte canvas, float y) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(1);
        canvas.moveTo(PAGE.getWidth() / 2 - 60, y);
        canvas.lineTo(PAGE.getWidth() / 2 + 60, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
