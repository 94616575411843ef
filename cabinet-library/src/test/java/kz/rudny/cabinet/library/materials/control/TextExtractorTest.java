package kz.rudny.cabinet.library.materials.control;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.samples.SampleFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextExtractorTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = FileKind.class, names = {"DOCX", "PPTX", "XLSX", "ODT", "ODP"})
    void keepsKazakhAndRussianLetters(FileKind kind) throws Exception {
        String text = textOf(kind, SampleFiles.of(kind, SampleFiles.KAZAKH, SampleFiles.RUSSIAN));

        assertTrue(text.contains(SampleFiles.KAZAKH), text);
        assertTrue(text.contains(SampleFiles.RUSSIAN), text);
    }

    @Test
    void readsAPdf() throws Exception {
        assertEquals(SampleFiles.ENGLISH, textOf(FileKind.PDF, SampleFiles.pdf(SampleFiles.ENGLISH)));
    }

    @Test
    void keepsKazakhAndRussianLettersOfAPdfWithAnEmbeddedUnicodeFont() throws Exception {
        assertTrue(Files.isReadable(SampleFiles.DEJAVU), "DejaVu Sans is needed (apt-get install fonts-dejavu-core, as .ci/run does)");

        String text = textOf(FileKind.PDF, SampleFiles.pdf(true, SampleFiles.KAZAKH, SampleFiles.RUSSIAN));

        assertTrue(text.contains(SampleFiles.KAZAKH), text);
        assertTrue(text.contains(SampleFiles.RUSSIAN), text);
    }

    @Test
    void stopsReadingWhenItsThreadIsInterruptedAndKeepsTheInterruption() throws Exception {
        byte[] docx = SampleFiles.docx(SampleFiles.KAZAKH, SampleFiles.RUSSIAN);
        Thread.currentThread().interrupt();
        try {
            assertEquals("", textOf(FileKind.DOCX, docx), "nothing read once interrupted (the time limit's way)");
            assertTrue(Thread.currentThread().isInterrupted(), "the interruption is kept for the caller");
        } finally {
            Thread.interrupted();
        }
        assertTrue(textOf(FileKind.DOCX, docx).contains(SampleFiles.KAZAKH), "read again once not interrupted");
    }

    @Test
    void collapsesWhitespace() throws Exception {
        String text = textOf(FileKind.DOCX, SampleFiles.docx("  Бірінші\u00a0\u00a0жол\t ", "", "екінші   жол  "));

        assertEquals("Бірінші жол екінші жол", text);
    }

    @ParameterizedTest
    @EnumSource(value = FileKind.class, names = {"PNG", "JPEG", "GIF"})
    void findsNoTextInAnImage(FileKind kind) throws Exception {
        assertEquals("", textOf(kind, SampleFiles.of(kind)));
    }

    @Test
    void findsNoTextInACorruptPdfAndDoesNotThrow() throws Exception {
        byte[] corrupt = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage \u0000\u0001\u0002"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("", textOf(FileKind.PDF, corrupt));
        assertEquals("", textOf(FileKind.PDF, new byte[0]));
    }

    @Test
    void findsNoTextInACutOffDocxAndDoesNotThrow() throws Exception {
        byte[] docx = SampleFiles.docx(SampleFiles.KAZAKH);

        assertEquals("", textOf(FileKind.DOCX, Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void findsNoTextWhenTheKindIsWrongAndDoesNotThrow() throws Exception {
        assertEquals("", textOf(FileKind.ODT, "<html><body>Сабақ</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheFirstCharactersOfAVeryLongDocument() throws Exception {
        String[] paragraphs = new String[3000];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = String.format("%05d", i) + " " + "Қазақстан Республикасы ".repeat(4).strip();
        }

        String text = textOf(FileKind.DOCX, SampleFiles.docx(paragraphs));

        assertTrue(text.length() <= TextExtractor.MAX_CHARS, "length " + text.length());
        assertTrue(text.length() > TextExtractor.MAX_CHARS - 1000, "length " + text.length());
        assertTrue(text.startsWith("00000 Қазақстан Республикасы Қазақстан"), text.substring(0, 100));
        assertTrue(text.contains("02000 Қазақстан"));
    }

    private String textOf(FileKind kind, byte[] bytes) throws Exception {
        return EXTRACTOR.text(SampleFiles.write(folder, "upload", bytes), kind);
    }
}
