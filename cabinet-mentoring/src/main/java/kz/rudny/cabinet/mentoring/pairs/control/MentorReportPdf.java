package kz.rudny.cabinet.mentoring.pairs.control;

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
import java.util.List;
import java.io.ByteArrayOutputStream;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.export.PdfFonts;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteView;
import kz.rudny.cabinet.mentoring.pairs.boundary.ReportView;

/**
 * The mentor's report of the year as the school files it (A4, DejaVu fonts embedded for the Kazakh letters; the
 * headings in Kazakh or Russian, English for anything else, from {@code mentor-report*.properties}): the school, the
 * pair and the order, the figures the cabinet gathered, the notes of the year, the mentor's texts, the
 * recommendation, and the signatures (the methodologist's sign-off when given).
 */
public final class MentorReportPdf {

    private static final String BUNDLE = "kz.rudny.cabinet.mentoring.pairs.control.mentor-report";

    private MentorReportPdf() {
    }

    public static byte[] write(ReportView r, String schoolName, List<NoteView> notes, Language language) {
        ExportTexts t = ExportTexts.of(BUNDLE, language, MentorReportPdf.class.getClassLoader());
        Font regular = new Font(PdfFonts.regular(), 10);
        Font bold = new Font(PdfFonts.bold(), 10);
        Font title = new Font(PdfFonts.bold(), 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(t.text("title") + ": " + r.pair().youngName());
        document.open();
        Paragraph heading = new Paragraph(t.text("title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        document.add(heading);
        line(document, t.text("school"), schoolName, bold, regular);
        line(document, t.text("year"), r.pair().yearLabel(), bold, regular);
        line(document, t.text("mentor"), r.pair().mentorName(), bold, regular);
        line(document, t.text("young"), r.pair().youngName(), bold, regular);
        line(document, t.text("order", r.pair().orderNumber(), r.pair().orderDate().format(PaperDates.DAY)), "",
                bold, regular);
        if (r.pair().endedOn() != null) {
            line(document, t.text("ended", r.pair().endedOn().format(PaperDates.DAY)), r.pair().endReason(), bold,
                    regular);
        }
        Paragraph figuresTitle = new Paragraph(t.text("figures"), bold);
        figuresTitle.setSpacingBefore(10);
        document.add(figuresTitle);
        PdfPTable table = new PdfPTable(new float[] {80, 20});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        ReportView.Figures f = r.figures();
        row(table, t.text("planDone"), f.planDone() + " / " + f.planItems(), regular);
        row(table, t.text("mentorVisits"), String.valueOf(f.mentorVisits()), regular);
        row(table, t.text("youngVisits"), String.valueOf(f.youngVisits()), regular);
        row(table, t.text("difficultiesNoted"), String.valueOf(f.difficulties()), regular);
        row(table, t.text("progressNoted"), String.valueOf(f.progressNotes()), regular);
        row(table, t.text("eventsAttended"), String.valueOf(f.youngWork().eventsAttended()), regular);
        row(table, t.text("eventsPresented"), String.valueOf(f.youngWork().eventsPresented()), regular);
        row(table, t.text("openLessons"), String.valueOf(f.youngWork().openLessonsGiven()), regular);
        row(table, t.text("materials"), String.valueOf(f.youngWork().materialsPublished()), regular);
        row(table, t.text("meetingTalks"), String.valueOf(f.youngWork().meetingTalks()), regular);
        document.add(table);
        if (!notes.isEmpty()) {
            Paragraph notesTitle = new Paragraph(t.text("notes"), bold);
            notesTitle.setSpacingBefore(10);
            document.add(notesTitle);
            for (NoteView n : notes) {
                line(document, n.notedOn().format(PaperDates.DAY) + ", " + t.text("note." + n.kind().name()), n.text(),
                        bold, regular);
            }
        }
        section(document, t.text("difficulties"), r.difficulties(), bold, regular);
        section(document, t.text("progress"), r.progress(), bold, regular);
        section(document, t.text("recommendation"), r.recommendation() == null ? null
                : t.text("recommendation." + r.recommendation().name()), bold, regular);
        Paragraph sign = new Paragraph(t.text("mentorSignature", r.pair().mentorName()), regular);
        sign.setSpacingBefore(16);
        document.add(sign);
        Paragraph signedOff = new Paragraph(r.signed()
                ? t.text("signedOff", r.signedByName(), r.signedAt().format(PaperDates.DAY))
                : t.text("methodologistSignature"), regular);
        signedOff.setSpacingBefore(6);
        document.add(signedOff);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(new PdfPCell(new Phrase(label, font)));
        table.addCell(new PdfPCell(new Phrase(value, font)));
    }

    private static void section(Document document, String heading, String text, Font bold, Font regular) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph h = new Paragraph(heading, bold);
        h.setSpacingBefore(10);
        document.add(h);
        document.add(new Paragraph(text, regular));
    }

    private static void line(Document document, String label, String value, Font bold, Font regular) {
        if (value == null) {
            return;
        }
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + (value.isEmpty() ? "" : ": "), bold));
        p.add(new Phrase(value, regular));
        p.setSpacingBefore(2);
        document.add(p);
    }
}
