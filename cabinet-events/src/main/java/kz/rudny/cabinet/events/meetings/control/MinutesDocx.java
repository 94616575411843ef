package kz.rudny.cabinet.events.meetings.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The minutes as a DOCX, the same parts as the PDF, so a school can still edit and sign its paper copy. */
final class MinutesDocx {

    private static final String FONT = "Times New Roman";

    private MinutesDocx() {
    }

    static byte[] write(PrintedMinutes p, Language language) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(p.title + " " + p.subtitle);
            if (p.schoolName != null) {
                paragraph(doc, p.schoolName, false, 12, ParagraphAlignment.CENTER, language);
            }
            paragraph(doc, p.title, true, 14, ParagraphAlignment.CENTER, language);
            paragraph(doc, p.subtitle, true, 12, ParagraphAlignment.CENTER, language);
            if (p.draftMark != null) {
                paragraph(doc, p.draftMark, true, 12, ParagraphAlignment.CENTER, language);
            }
            p.header.forEach(line -> paragraph(doc, line, false, 12, ParagraphAlignment.LEFT, language));
            paragraph(doc, p.agendaHeading, true, 12, ParagraphAlignment.LEFT, language);
            p.agenda.forEach(line -> paragraph(doc, line, false, 12, ParagraphAlignment.LEFT, language));
            if (!p.earlier.isEmpty()) {
                paragraph(doc, p.earlierHeading, true, 12, ParagraphAlignment.LEFT, language);
                p.earlier.forEach(line -> paragraph(doc, line, false, 11, ParagraphAlignment.LEFT, language));
            }
            p.body.forEach(line -> paragraph(doc, line.text(), line.strong(), 12, ParagraphAlignment.LEFT, language));
            if (!p.decisions.isEmpty()) {
                paragraph(doc, p.decisionsHeading, true, 12, ParagraphAlignment.LEFT, language);
                XWPFTable table = doc.createTable(p.decisions.size() + 1, p.columns.length);
                table.setWidth("100%");
                fill(table.getRow(0), p.columns, true, language);
                for (int i = 0; i < p.decisions.size(); i++) {
                    fill(table.getRow(i + 1), p.decisions.get(i), false, language);
                }
            }
            if (!p.addenda.isEmpty()) {
                paragraph(doc, p.addendaHeading, true, 12, ParagraphAlignment.LEFT, language);
                p.addenda.forEach(line -> paragraph(doc, line, false, 12, ParagraphAlignment.LEFT, language));
            }
            paragraph(doc, "", false, 12, ParagraphAlignment.LEFT, language);
            p.signatures.forEach(line -> paragraph(doc, line, false, 12, ParagraphAlignment.LEFT, language));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align,
                                  Language language) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(align);
        run(paragraph, text, bold, size, language);
    }

    private static void fill(XWPFTableRow row, String[] cells, boolean bold, Language language) {
        for (int i = 0; i < cells.length; i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, cells[i], bold, 11, language);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size, Language language) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setLang(language.locale().toLanguageTag());
    }
}
