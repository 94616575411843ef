package kz.rudny.cabinet.domain.export;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/**
 * A one-page paper as a scanned certificate or diploma would be, for the demo data's files (a course's certificate,
 * a pupil's diploma in a portfolio): a heading and lines, in the fonts that carry Kazakh letters.
 */
public final class DemoPaper {

    private DemoPaper() {
    }

    public static byte[] pdf(String heading, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate());
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(heading, new Font(PdfFonts.bold(), 18)));
        Font regular = new Font(PdfFonts.regular(), 11);
        for (String line : lines) {
            document.add(new Paragraph(line, regular));
        }
        document.close();
        return out.toByteArray();
    }
}
