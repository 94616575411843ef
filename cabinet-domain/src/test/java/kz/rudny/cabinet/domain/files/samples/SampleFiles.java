package kz.rudny.cabinet.domain.files.samples;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds real sample files of each {@link FileKind} in the tests, so no binary fixture is checked in (also used by
 * the library's text extraction tests, through this module's test-jar).
 */
public final class SampleFiles {

    public static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    public static final String KAZAKH = "Қазақ тілі сабағы: әліппе, ғылым, қала, өнер, ұлт, үміт, һәм, ізгілік.";
    public static final String RUSSIAN = "Урок русского языка: съешь же ещё этих мягких французских булок.";
    public static final String ENGLISH = "Lesson plan for grade five.";

    private SampleFiles() {
    }

    /** A sample of the kind holding the given paragraphs (images hold none). */
    public static byte[] of(FileKind kind, String... paragraphs) throws IOException {
        return switch (kind) {
            case PDF -> pdf(paragraphs);
            case DOCX -> docx(paragraphs);
            case PPTX -> pptx(paragraphs);
            case XLSX -> xlsx(paragraphs);
            case ODT -> odf("application/vnd.oasis.opendocument.text", odtContent(paragraphs));
            case ODP -> odf("application/vnd.oasis.opendocument.presentation", odpContent(paragraphs));
            case PNG -> image("png");
            case JPEG -> image("jpeg");
            case GIF -> image("gif");
        };
    }

    public static Path write(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pptx(String... paragraphs) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setAnchor(new java.awt.Rectangle(50, 50, 600, 300));
                box.setText(paragraph);
            }
            show.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xlsx(String... paragraphs) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Жоспар");
            for (int i = 0; i < paragraphs.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(paragraphs[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A PDF in Helvetica, or in embedded DejaVu Sans when {@code unicode} (for Cyrillic). */
    public static byte[] pdf(boolean unicode, String... paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        Font font = unicode
                ? new Font(BaseFont.createFont(DEJAVU.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 12)
                : new Font(Font.HELVETICA, 12);
        for (String paragraph : paragraphs) {
            document.add(new Paragraph(paragraph, font));
        }
        document.close();
        return out.toByteArray();
    }

    public static byte[] pdf(String... paragraphs) throws IOException {
        return pdf(false, paragraphs);
    }

    public static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(2, 2, 10, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    /** An OpenDocument package as LibreOffice writes it: an uncompressed {@code mimetype} entry first. */
    public static byte[] odf(String mimeType, String contentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.formatted(mimeType));
            put(zip, "content.xml", contentXml);
        }
        return bytes.toByteArray();
    }

    private static final String ODF_NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\"";

    public static String odtContent(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escaped(paragraph)).append("</text:p>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF_NAMESPACES
                + "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    }

    public static String odpContent(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            body.append("<draw:page draw:name=\"page").append(i + 1).append("\"><draw:frame svg:width=\"20cm\" ")
                    .append("svg:height=\"5cm\" svg:x=\"1cm\" svg:y=\"1cm\"><draw:text-box><text:p>")
                    .append(escaped(paragraphs[i])).append("</text:p></draw:text-box></draw:frame></draw:page>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF_NAMESPACES
                + "><office:body><office:presentation>" + body
                + "</office:presentation></office:body></office:document-content>";
    }

    /** A ZIP archive that is neither OOXML nor OpenDocument. */
    public static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, entry, content);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
