package kz.rudny.cabinet.events.meetings.control;

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
import kz.rudny.cabinet.domain.export.PdfFonts;
import kz.rudny.cabinet.domain.people.boundary.Language;

/** The minutes as a PDF laid out as the paper protocol (A4 portrait, DejaVu fonts embedded for the Kazakh letters). */
final class MinutesPdf {

    private static final Color HEADING = new Color(0xE8, 0xEE, 0xF5);
    private static final Color DRAFT = new Color(0x99, 0x1B, 0x1B);

    private MinutesPdf() {
    }

    static byte[] write(PrintedMinutes p, Language language) {
        Font regular = new Font(PdfFonts.regular(), 11);
        Font bold = new Font(PdfFonts.bold(), 11);
        Font title = new Font(PdfFonts.bold(), 14);
        Font small = new Font(PdfFonts.regular(), 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(p.title + " " + p.subtitle);
        document.addCreator(p.schoolName == null ? "" : p.schoolName);
        document.open();
        if (p.schoolName != null) {
            document.add(centered(p.schoolName, regular, 6));
        }
        document.add(centered(p.title, title, 2));
        document.add(centered(p.subtitle, bold, 10));
        if (p.draftMark != null) {
            document.add(centered(p.draftMark, new Font(PdfFonts.bold(), 11, Font.NORMAL, DRAFT), 8));
        }
        for (String line : p.header) {
            document.add(new Paragraph(line, regular));
        }
        document.add(spaced(p.agendaHeading, bold, 10));
        p.agenda.forEach(line -> document.add(new Paragraph(line, regular)));
        if (!p.earlier.isEmpty()) {
            document.add(spaced(p.earlierHeading, bold, 10));
            p.earlier.forEach(line -> document.add(new Paragraph(line, small)));
        }
        for (PrintedMinutes.Line line : p.body) {
            document.add(line.strong() ? spaced(line.text(), bold, 10) : new Paragraph(line.text(), regular));
        }
        if (!p.decisions.isEmpty()) {
            document.add(spaced(p.decisionsHeading, bold, 10));
            PdfPTable table = new PdfPTable(new float[] {5, 55, 25, 15});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            for (String column : p.columns) {
                PdfPCell cell = new PdfPCell(new Phrase(column, bold));
                cell.setBackgroundColor(HEADING);
                table.addCell(cell);
            }
            for (String[] row : p.decisions) {
                for (String cell : row) {
                    table.addCell(new Phrase(cell, regular));
                }
            }
            document.add(table);
        }
        if (!p.addenda.isEmpty()) {
            document.add(spaced(p.addendaHeading, bold, 10));
            p.addenda.forEach(line -> document.add(new Paragraph(line, regular)));
        }
        Paragraph first = spaced(p.signatures.get(0), regular, 24);
        document.add(first);
        for (int i = 1; i < p.signatures.size(); i++) {
            document.add(spaced(p.signatures.get(i), regular, 12));
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
