package kz.rudny.cabinet.library.materials.control;

import kz.rudny.cabinet.library.materials.boundary.FileKind;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileSnifferTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void detectsEachKindFromItsBytesWhateverTheName(FileKind kind) throws Exception {
        byte[] bytes = Samples.of(kind, Samples.ENGLISH);

        assertEquals(Optional.of(kind), FileSniffer.kindOf(Samples.write(folder, "upload", bytes)));
        assertEquals(Optional.of(kind), FileSniffer.kindOf(Samples.write(folder, "upload.html", bytes)));
        assertEquals(Optional.of(kind), FileSniffer.kindOf(Samples.write(folder, "upload.zip", bytes)));
        assertEquals(Optional.of(kind), FileSniffer.kindOf(Samples.write(folder, "upload.exe", bytes)));
    }

    @Test
    void tellsTheOfficeContainersApartRatherThanCallingThemZip() throws Exception {
        assertEquals(Optional.of(FileKind.DOCX), kindOf("a.xlsx", Samples.docx("x")));
        assertEquals(Optional.of(FileKind.XLSX), kindOf("a.pptx", Samples.xlsx("x")));
        assertEquals(Optional.of(FileKind.PPTX), kindOf("a.docx", Samples.pptx("x")));
        assertEquals(Optional.of(FileKind.ODT), kindOf("a.odp",
                Samples.odf("application/vnd.oasis.opendocument.text", Samples.odtContent("x"))));
        assertEquals(Optional.of(FileKind.ODP), kindOf("a.odt",
                Samples.odf("application/vnd.oasis.opendocument.presentation", Samples.odpContent("x"))));
    }

    @Test
    void refusesHtmlNamedAsPdf() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.pdf",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.docx", Samples.zip("notes.txt", "Сабақ жоспары")));
    }

    @Test
    void refusesAZipMerelyNamingAWordPartWithoutContentTypes() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.docx", Samples.zip("word/document.xml", "<w:document/>")));
    }

    @Test
    void refusesAnOpenDocumentSpreadsheetWhichIsNoKindWeTake() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.odt",
                Samples.odf("application/vnd.oasis.opendocument.spreadsheet", Samples.odtContent("x"))));
    }

    @Test
    void refusesPlainText() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.docx", (Samples.KAZAKH + "\n" + Samples.RUSSIAN)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAWindowsProgram() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        assertEquals(Optional.empty(), kindOf("plan.pdf", exe));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.pdf", new byte[0]));
    }

    @Test
    void takesACutOffDocxAsDocxByItsFirstZipEntriesTheTextExtractorThenFindsNothing() throws Exception {
        byte[] docx = Samples.docx(Samples.KAZAKH);
        assertEquals(Optional.of(FileKind.DOCX), kindOf("plan", Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void takesAPdfHeaderAloneAsPdfByItsMagicNumberTheTextExtractorThenFindsNothing() throws Exception {
        byte[] pdf = Samples.pdf(Samples.ENGLISH);
        assertEquals(Optional.of(FileKind.PDF), kindOf("plan", Arrays.copyOf(pdf, 20)));
    }

    private Optional<FileKind> kindOf(String name, byte[] bytes) throws Exception {
        return FileSniffer.kindOf(Samples.write(folder, name, bytes));
    }
}
