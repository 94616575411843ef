package kz.rudny.cabinet.library.catalogue.control;

import static kz.rudny.cabinet.library.catalogue.control.CatalogueSheetCsvTest.csv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems of the whole file: nothing of it is taken. */
class CatalogueSheetFileTest {

    @ParameterizedTest(name = "empty: [{0}]")
    @ValueSource(strings = {"", "\uFEFF", "\n\n\r\n", ";;;\n;;\n", "title;authors\n", "title;authors\n;\n\n;\n"})
    void emptyFile(String text) {
        assertKey("import.file.empty", () -> csv(text));
    }

    @Test
    void noTitleColumn() {
        assertKey("import.header.titleMissing", () -> csv("authors;year\nИванов;2000\n"));
        assertKey("import.header.titleMissing", () -> csv("Кітап\nӘліппе\n"));
    }

    @Test
    void twoColumnsForOneField() {
        SheetFileException e = assertThrows(SheetFileException.class,
                () -> csv("title;название;year\nA;B;2000\n"));
        assertEquals("import.header.duplicate", e.messageKey());
        assertArrayEquals(new Object[] {"название"}, e.arguments());
    }

    @Test
    void notUtf8() {
        byte[] cp1251 = "Название;Год\nФизика;2019\n".getBytes(Charset.forName("windows-1251"));
        assertKey("import.file.encoding", () -> CatalogueSheet.read(new ByteArrayInputStream(cp1251)));
    }

    @Test
    void unknownFormats() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertKey("import.file.format", () -> CatalogueSheet.read(new ByteArrayInputStream(xls)));
        assertKey("import.file.format", () -> CatalogueSheet.read(new ByteArrayInputStream(
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
        assertKey("import.file.format", () -> CatalogueSheet.read(new ByteArrayInputStream(
                "title\0\0\0".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void zipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertKey("import.file.unreadable", () -> CatalogueSheet.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void unclosedQuote() {
        assertKey("import.file.malformed", () -> csv("title;authors\n\"Физика;Иванов\nХимия;Петров\n"));
    }

    @Test
    void rowCap() throws Exception {
        StringBuilder atCap = new StringBuilder("title;inventory numbers\n");
        for (int i = 1; i <= CatalogueSheet.MAX_ROWS; i++) {
            atCap.append("Кітап ").append(i).append(";ИН-").append(i).append('\n');
            atCap.append(i % 100 == 0 ? ";\n" : "");
        }
        assertEquals(CatalogueSheet.MAX_ROWS, csv(atCap.toString()).taken().size(), "blank rows do not count");

        SheetFileException e = assertThrows(SheetFileException.class, () -> csv(atCap + "Ещё одна;\n"));
        assertEquals("import.file.tooManyRows", e.messageKey());
        assertArrayEquals(new Object[] {5_000}, e.arguments());
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable read) {
        assertEquals(key, assertThrows(SheetFileException.class, read).messageKey());
    }
}
