package kz.rudny.cabinet.domain.lessonanalysis.boundary;

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
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.export.PdfFonts;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * Lesson analyses as a PDF, the same for every module (open lessons, lesson visits): the lesson's header, then
 * each analysis as a table of criteria with marks and comments under its sections, its notes and recommendations,
 * and the teacher's summary. A4 portrait, DejaVu fonts embedded for the Kazakh letters; the headings in Kazakh or
 * Russian (English for anything else) from {@code analysis-print.properties}.
 */
public final class LessonAnalysisPdf {

    private static final Color HEADING = new Color(0xE8, 0xEE, 0xF5);
    private static final String BUNDLE = "kz.rudny.cabinet.domain.lessonanalysis.boundary.analysis-print";

    private LessonAnalysisPdf() {
    }

    public static byte[] write(PrintedLesson lesson, Language language) {
        ExportTexts t = ExportTexts.of(BUNDLE, language, LessonAnalysisPdf.class.getClassLoader());
        Font regular = new Font(PdfFonts.regular(), 10);
        Font bold = new Font(PdfFonts.bold(), 10);
        Font title = new Font(PdfFonts.bold(), 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(t.text("title") + ": " + nonNull(lesson.topic()));
        document.open();
        Paragraph heading = new Paragraph(t.text("title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        document.add(heading);
        line(document, t.text("school"), lesson.schoolName(), bold, regular);
        line(document, t.text("teacher"), lesson.teacherName(), bold, regular);
        line(document, t.text("class"), lesson.className(), bold, regular);
        line(document, t.text("subject"), lesson.subject(), bold, regular);
        line(document, t.text("topic"), lesson.topic(), bold, regular);
        line(document, t.text("goals"), lesson.goals(), bold, regular);
        line(document, t.text("date"), lesson.startsAt() == null ? null : lesson.startsAt().format(PaperDates.DAY_AND_TIME),
                bold, regular);
        for (PrintedLesson.Observed o : lesson.analyses()) {
            Paragraph who = new Paragraph(t.text("observer") + ": " + o.observerName()
                    + (o.observerSchool() == null ? "" : " (" + o.observerSchool() + ")"), bold);
            who.setSpacingBefore(14);
            document.add(who);
            FilledAnalysis a = o.analysis();
            line(document, t.text("template"), a.templateName(), bold, regular);
            PdfPTable table = new PdfPTable(new float[] {55, 10, 35});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            for (String column : new String[] {t.text("criterion"), t.text("mark"), t.text("comment")}) {
                PdfPCell cell = new PdfPCell(new Phrase(column, bold));
                cell.setBackgroundColor(HEADING);
                table.addCell(cell);
            }
            for (FilledAnalysis.Section s : a.sections()) {
                PdfPCell section = new PdfPCell(new Phrase(s.title(), bold));
                section.setColspan(3);
                table.addCell(section);
                for (FilledAnalysis.Criterion c : s.criteria()) {
                    table.addCell(new Phrase(c.text(), regular));
                    table.addCell(new Phrase(c.mark() == null ? t.text("noMark") : String.valueOf(c.mark()), regular));
                    table.addCell(new Phrase(nonNull(c.comment()), regular));
                }
            }
            document.add(table);
            for (FilledAnalysis.Note n : a.notes()) {
                line(document, n.heading(), n.text(), bold, regular);
            }
            line(document, t.text("recommendations"), a.recommendations(), bold, regular);
            Paragraph sign = new Paragraph(t.text("signature"), regular);
            sign.setSpacingBefore(8);
            document.add(sign);
        }
        if (lesson.summary() != null && !lesson.summary().isBlank()) {
            Paragraph summary = new Paragraph(t.text("summaryTitle"), bold);
            summary.setSpacingBefore(14);
            document.add(summary);
            document.add(new Paragraph(lesson.summary(), regular));
        }
        document.close();
        return out.toByteArray();
    }

    private static void line(Document document, String label, String value, Font bold, Font regular) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", bold));
        p.add(new Phrase(value, regular));
        p.setSpacingBefore(2);
        document.add(p);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
