package kz.rudny.cabinet.domain.files.control;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.samples.SampleFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
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
        byte[] bytes = SampleFiles.of(kind, SampleFiles.ENGLISH);

        assertEquals(Optional.of(kind), FileSniffer.kindOf(SampleFiles.write(folder, "upload", bytes)));
        assertEquals(Optional.of(kind), FileSniffer.kindOf(SampleFiles.write(folder, "upload.html", bytes)));
        assertEquals(Optional.of(kind), FileSniffer.kindOf(SampleFiles.write(folder, "upload.zip", bytes)));
        assertEquals(Optional.of(kind), FileSniffer.kindOf(SampleFiles.write(folder, "upload.exe", bytes)));
    }

    @Test
    void tellsTheOfficeContainersApartRatherThanCallingThemZip() throws Exception {
        assertEquals(Optional.of(FileKind.DOCX), kindOf("a.xlsx", SampleFiles.docx("x")));
        assertEquals(Optional.of(FileKind.XLSX), kindOf("a.pptx", SampleFiles.xlsx("x")));
        assertEquals(Optional.of(FileKind.PPTX), kindOf("a.docx", SampleFiles.pptx("x")));
        assertEquals(Optional.of(FileKind.ODT), kindOf("a.odp",
                SampleFiles.odf("application/vnd.oasis.opendocument.text", SampleFiles.odtContent("x"))));
        assertEquals(Optional.of(FileKind.ODP), kindOf("a.odt",
                SampleFiles.odf("application/vnd.oasis.opendocument.presentation", SampleFiles.odpContent("x"))));
    }

    @Test
    void takesOnlyTheKindsTheCallerAllows() throws Exception {
        Path docx = SampleFiles.write(folder, "plan.docx", SampleFiles.docx("x"));
        Path pdf = SampleFiles.write(folder, "plan.pdf", SampleFiles.pdf("x"));

        assertEquals(Optional.empty(), FileSniffer.kindOf(docx, Set.of(FileKind.PDF, FileKind.JPEG)));
        assertEquals(Optional.of(FileKind.PDF), FileSniffer.kindOf(pdf, Set.of(FileKind.PDF, FileKind.JPEG)));
        assertEquals(Optional.of(FileKind.DOCX), FileSniffer.kindOf(docx, FileKind.all()));
    }

    @Test
    void refusesHtmlNamedAsPdf() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.pdf",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.docx", SampleFiles.zip("notes.txt", "Сабақ жоспары")));
    }

    @Test
    void refusesAZipMerelyNamingAWordPartWithoutContentTypes() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.docx", SampleFiles.zip("word/document.xml", "<w:document/>")));
    }

    @Test
    void refusesAnOpenDocumentSpreadsheetWhichIsNoKindWeTake() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.odt",
                SampleFiles.odf("application/vnd.oasis.opendocument.spreadsheet", SampleFiles.odtContent("x"))));
    }

    @Test
    void refusesPlainText() throws Exception {
        assertEquals(Optional.empty(), kindOf("plan.docx", (SampleFiles.KAZAKH + "\n" + SampleFiles.RUSSIAN)
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
        byte[] docx = SampleFiles.docx(SampleFiles.KAZAKH);
        assertEquals(Optional.of(FileKind.DOCX), kindOf("plan", Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void takesAPdfHeaderAloneAsPdfByItsMagicNumberTheTextExtractorThenFindsNothing() throws Exception {
        byte[] pdf = SampleFiles.pdf(SampleFiles.ENGLISH);
        assertEquals(Optional.of(FileKind.PDF), kindOf("plan", Arrays.copyOf(pdf, 20)));
    }

    private Optional<FileKind> kindOf(String name, byte[] bytes) throws Exception {
        return FileSniffer.kindOf(SampleFiles.write(folder, name, bytes));
    }
}
