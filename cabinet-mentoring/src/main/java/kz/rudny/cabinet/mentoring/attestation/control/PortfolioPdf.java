package kz.rudny.cabinet.mentoring.attestation.control;

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
import java.io.ByteArrayOutputStream;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.export.PdfFonts;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Checklist;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceView;

/**
 * A teacher's attestation portfolio for the commission (A4, DejaVu fonts embedded for the Kazakh letters; headings in
 * Kazakh or Russian, English for anything else, from {@code portfolio*.properties}): the teacher, school, current and
 * target category, last attestation, then the evidence section by section (date, level, what, the pupil and place,
 * the test's percentage), and the readiness checklist for the target.
 */
public final class PortfolioPdf {

    private static final String BUNDLE = "kz.rudny.cabinet.mentoring.attestation.control.portfolio";

    private PortfolioPdf() {
    }

    public static byte[] write(StaffCard teacher, AttestationView a, Checklist checklist, List<EvidenceView> evidence,
                               Language language) {
        ExportTexts t = ExportTexts.of(BUNDLE, language, PortfolioPdf.class.getClassLoader());
        Font regular = new Font(PdfFonts.regular(), 10);
        Font bold = new Font(PdfFonts.bold(), 10);
        Font title = new Font(PdfFonts.bold(), 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(t.text("title") + ": " + teacher.fullName());
        document.open();
        Paragraph heading = new Paragraph(t.text("title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        document.add(heading);
        line(document, t.text("teacher"), teacher.fullName(), bold, regular);
        line(document, t.text("position"), teacher.jobTitle(), bold, regular);
        line(document, t.text("school"), teacher.schoolName(), bold, regular);
        line(document, t.text("category"), a.category() == null ? null : t.text("category." + a.category().name()),
                bold, regular);
        line(document, t.text("lastAttested"), a.lastAttestedOn() == null ? null
                : a.lastAttestedOn().format(PaperDates.DAY), bold, regular);
        line(document, t.text("target"), a.targetCategory() == null ? null
                : t.text("category." + a.targetCategory().name()) + (a.targetYear() == null ? "" : ", " + a.targetYear()),
                bold, regular);
        for (EvidenceKind kind : EvidenceKind.values()) {
            List<EvidenceView> section = evidence.stream().filter(e -> e.kind() == kind).toList();
            if (section.isEmpty()) {
                continue;
            }
            Paragraph sectionTitle = new Paragraph(t.text("kind." + kind.name()), bold);
            sectionTitle.setSpacingBefore(10);
            document.add(sectionTitle);
            PdfPTable table = new PdfPTable(new float[] {16, 18, 66});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (EvidenceView e : section) {
                table.addCell(new PdfPCell(new Phrase(e.achievedOn().format(PaperDates.DAY), regular)));
                table.addCell(new PdfPCell(new Phrase(t.text("level." + e.level().name()), regular)));
                StringBuilder what = new StringBuilder(e.title());
                if (e.pupilName() != null) {
                    what.append(" — ").append(e.pupilName()).append(", ").append(t.text("place", e.place()));
                }
                if (e.testPercent() != null) {
                    what.append(" — ").append(e.testPercent()).append('%');
                }
                table.addCell(new PdfPCell(new Phrase(what.toString(), regular)));
            }
            document.add(table);
        }
        if (checklist != null) {
            Paragraph check = new Paragraph(t.text("checklist", t.text("category." + checklist.target().name())), bold);
            check.setSpacingBefore(12);
            document.add(check);
            for (Checklist.Item i : checklist.items()) {
                document.add(new Paragraph(mark(i.met()) + t.text("kind." + i.kind().name()) + ", "
                        + t.text("atLeast", t.text("level." + i.minLevel().name())) + ": " + i.have() + " / "
                        + i.needed(), regular));
            }
            document.add(new Paragraph(mark(checklist.testMet()) + t.text("test", checklist.testThreshold(),
                    checklist.bestTest() == null ? "—" : checklist.bestTest() + "%"), regular));
            document.add(new Paragraph(mark(checklist.yearsMet()) + t.text("years", checklist.minYears(),
                    checklist.years()), regular));
        }
        Paragraph sign = new Paragraph(t.text("signature"), regular);
        sign.setSpacingBefore(16);
        document.add(sign);
        document.close();
        return out.toByteArray();
    }

    private static String mark(boolean met) {
        return met ? "✓ " : "✗ ";
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
}
