package kz.rudny.cabinet.domain.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A report of tables written as XLSX and PDF and read back: numbers stay numbers, texts never become formulas. */
class TableReportTest {

    private static final String SCHOOL = "Абай атындағы №3 мектеп-гимназия (ғқңөұүһі)";

    private static TableReport report() {
        return new TableReport("Педагогтердің сапалық құрамы", List.of("Оқу жылы: 2026-2027", "Жасалған күні: 30.11.2026"),
                List.of(new TableReport.Section("Санаты бойынша", List.of("Мектеп", "Педагог-шебер", "Үлесі, %"),
                        List.of(new TableReport.Line(List.of(SCHOOL, 3L, 12.5), false),
                                new TableReport.Line(List.of("=HYPERLINK(\"http://evil\")", 4L, 50.0), false),
                                new TableReport.Line(List.of("Барлығы", 7L, 25.0), true)))));
    }

    @Test
    void theXlsxKeepsCountsAndSharesAsNumbersAndNeutralisesFormulaCharacters() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableReportXlsx.write(report())))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Педагогтердің сапалық құрамы", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Оқу жылы: 2026-2027", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Санаты бойынша", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Педагог-шебер", sheet.getRow(5).getCell(1).getStringCellValue());
            Row first = sheet.getRow(6);
            assertEquals(SCHOOL, first.getCell(0).getStringCellValue(), "Kazakh letters intact");
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(3.0, first.getCell(1).getNumericCellValue());
            assertEquals(12.5, first.getCell(2).getNumericCellValue());
            assertEquals("'=HYPERLINK(\"http://evil\")", sheet.getRow(7).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(7).getCell(0).getCellType());
            Row total = sheet.getRow(8);
            assertEquals(7.0, total.getCell(1).getNumericCellValue());
            assertTrue(book.getFontAt(total.getCell(1).getCellStyle().getFontIndex()).getBold(), "the total in bold");
        }
    }

    @Test
    void thePdfCarriesTheKazakhTextsAndTheNumbers() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(TableReportPdf.write(report(), Language.KK))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Педагогтердің сапалық құрамы"), text);
            assertTrue(text.contains(SCHOOL), text);
            assertTrue(text.contains("Барлығы 7 25,0"), "the total line, the share written the Kazakh way: " + text);
            assertEquals("kk", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aLineMustFillItsColumnsWithTextsCountsOrShares() {
        assertThrows(IllegalArgumentException.class, () -> new TableReport.Section("x", List.of("a", "b"),
                List.of(new TableReport.Line(List.of("only one"), false))));
        assertThrows(IllegalArgumentException.class, () -> new TableReport.Line(List.of("a", 3), false),
                "an int is neither a count nor a share");
    }
}
