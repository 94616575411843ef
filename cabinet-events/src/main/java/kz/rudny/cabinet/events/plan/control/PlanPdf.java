package kz.rudny.cabinet.events.plan.control;

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
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.export.PdfFonts;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.plan.boundary.ExportLayout;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanView;

/**
 * The plan as a PDF (A4 landscape, DejaVu fonts embedded for the Kazakh letters): the title, the school, the
 * fulfilment line and the table in the paper plan's columns, by quarter or by term; the header row repeats on
 * every page.
 */
@ApplicationScoped
public class PlanPdf {

    private static final Color HEADING = new Color(0xE8, 0xEE, 0xF5);
    private static final float[] WIDTHS = {4, 30, 12, 10, 15, 15, 16};

    public byte[] write(PlanView plan, Language language, ExportLayout layout) {
        PlanWords words = PlanWords.in(language);
        Font regular = new Font(PdfFonts.regular(), 9);
        Font bold = new Font(PdfFonts.bold(), 9);
        Font title = new Font(PdfFonts.bold(), 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(words.title(plan));
        document.addCreator(plan.schoolName());
        document.open();
        Paragraph heading = new Paragraph(words.title(plan), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph school = new Paragraph(words.text("school", plan.schoolName()), regular);
        school.setAlignment(Element.ALIGN_CENTER);
        document.add(school);
        Paragraph fulfilment = new Paragraph(words.fulfilment(plan), regular);
        fulfilment.setSpacingAfter(8);
        document.add(fulfilment);
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : new String[] {"col.number", "col.title", "col.kind", "col.term", "col.responsible",
                "col.result", "col.mark"}) {
            PdfPCell cell = new PdfPCell(new Phrase(words.text(key), bold));
            cell.setBackgroundColor(HEADING);
            table.addCell(cell);
        }
        int number = 1;
        if (layout == ExportLayout.BY_QUARTER) {
            for (Quarter q : Quarter.values()) {
                PdfPCell cell = new PdfPCell(new Phrase(words.quarter(q.number()), bold));
                cell.setColspan(WIDTHS.length);
                table.addCell(cell);
                for (PlanItemView item : plan.items()) {
                    if (item.term().quarter() == q) {
                        row(table, number++, item, words, regular);
                    }
                }
            }
        } else {
            for (PlanItemView item : plan.items()) {
                row(table, number++, item, words, regular);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, int number, PlanItemView item, PlanWords words, Font font) {
        table.addCell(new Phrase(String.valueOf(number), font));
        table.addCell(new Phrase(item.title(), font));
        table.addCell(new Phrase(words.kind(item), font));
        table.addCell(new Phrase(words.term(item.term()), font));
        table.addCell(new Phrase(item.responsibleName(), font));
        table.addCell(new Phrase(item.expectedResult() == null ? "" : item.expectedResult(), font));
        table.addCell(new Phrase(words.mark(item), font));
    }
}
