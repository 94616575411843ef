package kz.rudny.cabinet.domain.certificates.boundary;

import kz.rudny.cabinet.domain.export.PdfFonts;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/**
 * The middle of a certificate, centred in a box: the holder, where they work, the line saying what they did
 * (wrote the material, took part in the event), the title in quotes and the sentence saying why it is certified. Long texts wrap; when
 * they do not fit, the block is set again smaller (the title down to under half its size, the other lines
 * less), and a title too long even then is cut with an ellipsis. So the certificate always stays one page.
 */
final class CertificateBody {

    /** The title's sizes, as parts of its full size; the other lines shrink with it but not below {@link #FLOOR}. */
    private static final float[] SCALES = {1f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.45f};
    private static final float FLOOR = 0.8f;
    private static final String ELLIPSIS = "…";

    private final String author;
    private final String place;
    private final String authorship;
    private final String titleTemplate;
    private final String title;
    private final String reason;

    /**
     * @param place the author's position and school, one line; blank to leave out
     * @param titleTemplate how the title is quoted, with {@code {title}} where it goes
     */
    CertificateBody(String author, String place, String authorship, String titleTemplate, String title,
            String reason) {
        this.author = author;
        this.place = place;
        this.authorship = authorship;
        this.titleTemplate = titleTemplate;
        this.title = title;
        this.reason = reason;
    }

    /** Sets the block at the largest scale that fits the box, centred in it from top to bottom. */
    void draw(PdfContentByte canvas, Rectangle box) {
        for (float scale : SCALES) {
            if (drawIfFits(canvas, box, scale, title)) {
                return;
            }
        }
        float smallest = SCALES[SCALES.length - 1];
        String cut = title;
        while (cut.length() > 1 && !drawIfFits(canvas, box, smallest, cut + ELLIPSIS)) {
            cut = shortened(cut);
        }
        if (cut.length() <= 1) {
            column(canvas, box, smallest, ELLIPSIS).go();
        }
    }

    /** Tries the block without drawing; if it fits, draws it with the room left over shared above and below. */
    private boolean drawIfFits(PdfContentByte canvas, Rectangle box, float scale, String shownTitle) {
        ColumnText trial = column(canvas, box, scale, shownTitle);
        if (ColumnText.hasMoreText(trial.go(true))) {
            return false;
        }
        float lower = (trial.getYLine() - box.getBottom()) / 2;
        Rectangle centred = new Rectangle(box.getLeft(), box.getBottom(), box.getRight(), box.getTop() - lower);
        column(canvas, centred, scale, shownTitle).go();
        return true;
    }

    private ColumnText column(PdfContentByte canvas, Rectangle box, float scale, String shownTitle) {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        float rest = Math.max(scale, FLOOR);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(box.getLeft(), box.getBottom(), box.getRight(), box.getTop());
        column.addElement(paragraph(author, bold, 24 * rest, CertificatePdf.INK, 0));
        if (!place.isBlank()) {
            column.addElement(paragraph(place, regular, 14 * rest, CertificatePdf.GREY, 4 * rest));
        }
        column.addElement(paragraph(authorship, regular, 13 * rest, CertificatePdf.INK, 16 * rest));
        column.addElement(paragraph(titleTemplate.replace("{title}", shownTitle), bold, 19 * scale,
                CertificatePdf.ACCENT, 6 * rest));
        column.addElement(paragraph(reason, regular, 13 * rest, CertificatePdf.INK, 16 * rest));
        return column;
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, Color color, float spaceBefore) {
        Paragraph paragraph = new Paragraph(size * 1.3f, text, new Font(font, size, Font.NORMAL, color));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spaceBefore);
        return paragraph;
    }

    /** The text a tenth shorter, not ending inside a surrogate pair nor with spaces. */
    private static String shortened(String text) {
        int end = text.length() * 9 / 10;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }
}
