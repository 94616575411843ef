package kz.rudny.cabinet.domain.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * A {@link TableReport} as a PDF (A4 landscape, the DejaVu fonts of {@link PdfFonts} embedded for the Kazakh
 * letters): the title centred, the heading lines, then each section's caption and its table, the header row
 * repeated on every page, numbers right-aligned, a total line in bold.
 */
public final class TableReportPdf {

    private static final Color HEADING = new Color(0xE8, 0xEE, 0xF5);

    private TableReportPdf() {
    }

    public static byte[] write(TableReport report, Language language) {
        Font regular = new Font(PdfFonts.regular(), 9);
        Font bold = new Font(PdfFonts.bold(), 9);
        NumberFormat shares = NumberFormat.getNumberInstance(language.locale());
        shares.setMinimumFractionDigits(1);
        shares.setMaximumFractionDigits(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(report.title());
        document.open();
        Paragraph title = new Paragraph(report.title(), new Font(PdfFonts.bold(), 14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        for (String line : report.heading()) {
            document.add(new Paragraph(line, regular));
        }
        for (TableReport.Section section : report.sections()) {
            Paragraph caption = new Paragraph(section.caption(), new Font(PdfFonts.bold(), 11));
            caption.setSpacingBefore(10);
            caption.setSpacingAfter(4);
            document.add(caption);
            int columns = section.columns().size();
            float[] widths = new float[columns];
            for (int c = 0; c < columns; c++) {
                widths[c] = c == 0 ? Math.max(3, columns / 2f) : 1;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(columns < 4 ? 70 : 100);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setHeaderRows(1);
            for (String heading : section.columns()) {
                PdfPCell cell = new PdfPCell(new Phrase(heading, bold));
                cell.setBackgroundColor(HEADING);
                table.addCell(cell);
            }
            for (TableReport.Line line : section.lines()) {
                Font font = line.total() ? bold : regular;
                for (Object value : line.cells()) {
                    PdfPCell cell = new PdfPCell(new Phrase(text(value, shares), font));
                    if (!(value instanceof String)) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static String text(Object value, NumberFormat shares) {
        if (value instanceof Double share) {
            return shares.format(share);
        }
        return String.valueOf(value);
    }
}
