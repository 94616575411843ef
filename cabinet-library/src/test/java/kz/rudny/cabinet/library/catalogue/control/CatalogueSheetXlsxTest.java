package kz.rudny.cabinet.library.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogueSheetXlsxTest {

    @Test
    void readsFormattedCellValuesOfTheFirstSheet() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Каталог");
            workbook.createSheet("Басқа").createRow(0).createCell(0).setCellValue("title");
            CellStyle zeros = workbook.createCellStyle();
            zeros.setDataFormat(workbook.createDataFormat().getFormat("000000"));
            // row 1 left empty; the header is row 2
            Row header = sheet.createRow(1);
            String[] names = {"Атауы", "Авторлары", "Жылы", "ISBN", "Тілі", "Түрі", "Пән", "Сыныптар", "Дана",
                "Түгендеу нөмірлері", "Аңдатпа"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row kazakh = sheet.createRow(2);
            kazakh.createCell(0).setCellValue("Қазақ әдебиеті: ғұмыр, өнер, үміт");
            kazakh.createCell(1).setCellValue("Әуезов М.");
            kazakh.createCell(2).setCellValue(2019.0);
            kazakh.createCell(3).setCellValue(9785090716239.0);
            kazakh.createCell(4).setCellValue("KK");
            kazakh.createCell(5).setCellValue("Әдістемелік нұсқаулар");
            kazakh.createCell(6).setCellValue("LITERATURE_KK");
            kazakh.createCell(7).setCellValue("5–9");
            kazakh.createCell(8).setCellValue(2.0);
            kazakh.createCell(9).setCellValue("ИН-10\nИН-11");
            kazakh.createCell(10).setCellValue("Бірінші жол\nекінші жол");
            sheet.createRow(3); // a blank row
            Row formulaLike = sheet.createRow(4);
            formulaLike.createCell(0).setCellValue("=1+1");
            formulaLike.createCell(1).setCellValue("@Иванов");
            formulaLike.createCell(2).setCellFormula("2000+19");
            formulaLike.getCell(2).setCellValue(1999.0); // the cached result, deliberately not 2019
            formulaLike.createCell(3).setCellValue(306406152.0); // an ISBN-10 typed as a number lost its 0
            formulaLike.createCell(8).setCellValue(7.0);
            formulaLike.createCell(9).setCellValue(1234.0);
            formulaLike.getCell(9).setCellStyle(zeros);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportResult result = CatalogueSheet.read(new ByteArrayInputStream(xlsx));

        assertEquals(List.of(new RowRefusal(5, ImportColumn.ISBN, "ISBN", "import.isbn.invalid"),
                new RowRefusal(5, ImportColumn.COPIES, "Дана", "import.copies.mismatch")), result.refusals());
        assertEquals(1, result.taken().size());
        ImportedTitle row = result.taken().get(0);
        TitleForm form = row.title();
        assertEquals(3, row.rowNumber());
        assertEquals("Қазақ әдебиеті: ғұмыр, өнер, үміт", form.getTitle());
        assertEquals("Әуезов М.", form.getAuthors());
        assertEquals(2019, form.getPublicationYear());
        assertEquals("9785090716239", form.getIsbn());
        assertEquals(Language.KK, form.getLanguage());
        assertEquals(HoldingType.METHODICAL_GUIDELINE, form.getType());
        assertEquals("LITERATURE_KK", row.subjectCode());
        assertEquals(5, form.getGradeFrom());
        assertEquals(9, form.getGradeTo());
        assertEquals(List.of("ИН-10", "ИН-11"), row.inventoryNumbers());
        assertEquals(2, row.copies());
        assertEquals("Бірінші жол\nекінші жол", form.getAnnotation());
    }

    @Test
    void formulaCellsAreNeverEvaluatedAndTextStaysText() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            CellStyle zeros = workbook.createCellStyle();
            zeros.setDataFormat(workbook.createDataFormat().getFormat("000000"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("title");
            header.createCell(1).setCellValue("authors");
            header.createCell(2).setCellValue("year");
            header.createCell(3).setCellValue("ISBN");
            header.createCell(4).setCellValue("inventory numbers");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("=1+1");
            row.createCell(1).setCellValue("+@-Иванов");
            row.createCell(2).setCellFormula("2000+19");
            row.getCell(2).setCellValue(1999.0); // the cached result, deliberately not 2019
            row.createCell(3).setCellValue(9786017101244.0);
            row.createCell(4).setCellValue(1234.0);
            row.getCell(4).setCellStyle(zeros);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportResult result = CatalogueSheet.read(new ByteArrayInputStream(xlsx));

        assertTrue(result.isClean(), result.refusals()::toString);
        TitleForm form = result.taken().get(0).title();
        assertEquals("=1+1", form.getTitle());
        assertEquals("+@-Иванов", form.getAuthors());
        assertEquals(1999, form.getPublicationYear());
        assertEquals("9786017101244", form.getIsbn());
        assertEquals(List.of("001234"), result.taken().get(0).inventoryNumbers());
    }
}
