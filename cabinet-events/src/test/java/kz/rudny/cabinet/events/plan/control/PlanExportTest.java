package kz.rudny.cabinet.events.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.ExportLayout;
import kz.rudny.cabinet.events.plan.boundary.Fulfilment;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import kz.rudny.cabinet.events.plan.boundary.PlanView;
import kz.rudny.cabinet.events.plan.boundary.QuarterFulfilment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported plan read back: XLSX cells with POI, the PDF's text with PDFBox. */
class PlanExportTest {

    private static final AcademicYear Y = new AcademicYear(2026);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String KAZAKH = "Әдістемелік кеңес: жылдық жоспарды бекіту (ғқңөұүһі)";
    private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click\")";

    private static PlanView plan() {
        List<PlanItemView> items = List.of(
                new PlanItemView(1, 1, KAZAKH, PlanItemKind.METHODICAL_COUNCIL, term("2026-09"), 7L,
                        "Абдрахманова Гүлнар Серікқызы", "Хаттама", ExecutionMark.HELD, LocalDate.of(2026, 9, 4), null,
                        null, null, null, false, 0),
                new PlanItemView(2, 2, FORMULA, PlanItemKind.MONITORING, term("2026-10"), 7L, "+77012345678",
                        "-1", ExecutionMark.PLANNED, null, null, null, null, null, true, 0),
                new PlanItemView(3, 3, "@SUM(A1:A2)", PlanItemKind.SEMINAR, term("2026-12"), 7L, "Иванова",
                        "Материалы", ExecutionMark.MOVED, null, term("2026-10"), "Совпал с районным семинаром", null,
                        null, false, 0),
                new PlanItemView(4, 4, "Педсовет: итоги I полугодия", PlanItemKind.PEDAGOGICAL_COUNCIL, term("Q3"), 7L,
                        "Иванова", null, ExecutionMark.PLANNED, null, null, null, null, null, false, 0));
        List<Fulfilment.Facts> facts = items.stream().map(i -> new Fulfilment.Facts(i.term(), i.mark())).toList();
        List<QuarterFulfilment> quarters = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            quarters.add(new QuarterFulfilment(q, Fulfilment.of(facts, q, TODAY)));
        }
        return new PlanView(Y, "Абай атындағы №3 мектеп-гимназия", items, quarters, Fulfilment.of(facts, null, TODAY),
                TODAY, false);
    }

    private static PlanTerm term(String code) {
        return PlanTerm.parse(Y, code).orElseThrow();
    }

    @Test
    void theXlsxHasTheTitleTheColumnsAndEveryItemWithKazakhTextIntactAndNoFormula() throws Exception {
        byte[] xlsx = new PlanXlsx().write(plan(), Language.KK, ExportLayout.BY_QUARTER);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("2026-2027 оқу жылына арналған әдістемелік жұмыстың жылдық жоспары",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Мектеп: Абай атындағы №3 мектеп-гимназия", sheet.getRow(1).getCell(0).getStringCellValue());
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula in " + cell.getAddress());
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        texts.add(text);
                        assertTrue(text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0,
                                "neutralised: " + text + " at " + cell.getAddress());
                    }
                }
            }
            assertTrue(texts.contains(KAZAKH), "Kazakh letters intact");
            assertTrue(texts.contains("'" + FORMULA), texts.toString());
            assertTrue(texts.contains("'+77012345678"));
            assertTrue(texts.contains("'-1"));
            assertTrue(texts.contains("'@SUM(A1:A2)"));
            assertTrue(texts.containsAll(List.of("№", "Іс-шара", "Мерзімі", "Жауапты", "Нәтиже нысаны", "Орындалуы")));
            assertTrue(texts.containsAll(List.of("I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан")), "by quarter");
            assertTrue(texts.contains("Өткізілді 04.09.2026"));
            assertTrue(texts.contains("Мерзімінде өткізілмеді"), "the overdue item says so");
            assertTrue(texts.contains("Қыркүйек 2026"));
            assertTrue(texts.contains("III тоқсан") && texts.contains("Қазан 2026"));
            // № numbering in order: the first item row under the first quarter heading is 1.
            Row first = sheet.getRow(6);
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals(KAZAKH, first.getCell(1).getStringCellValue());
        }
    }

    @Test
    void theRussianXlsxByTermListsTheItemsWithoutQuarterHeadings() throws Exception {
        byte[] xlsx = new PlanXlsx().write(plan(), Language.RU, ExportLayout.BY_TERM);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Годовой план методической работы на 2026-2027 учебный год",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Мероприятие", sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum() - 4, "four item rows right under the header");
            assertEquals("Перенесено с Октябрь 2026: Совпал с районным семинаром",
                    sheet.getRow(7).getCell(6).getStringCellValue());
            assertEquals("III четверть", sheet.getRow(8).getCell(3).getStringCellValue());
        }
    }

    @Test
    void thePdfCarriesTheTitleAndTheItemsInKazakh() throws Exception {
        byte[] pdf = new PlanPdf().write(plan(), Language.KK, ExportLayout.BY_QUARTER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("2026-2027 оқу жылына арналған әдістемелік жұмыстың жылдық жоспары"), text);
            assertTrue(text.contains("Абай атындағы №3 мектеп-гимназия"), text);
            assertTrue(text.contains("Әдістемелік кеңес: жылдық жоспарды бекіту"), text);
            assertTrue(text.contains("Мерзімінде өткізілмеді"), text);
            assertEquals("kk", document.getDocumentCatalog().getLanguage());
        }
        byte[] ru = new PlanPdf().write(plan(), Language.RU, ExportLayout.BY_TERM);
        try (PDDocument document = Loader.loadPDF(ru)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Годовой план методической работы на 2026-2027 учебный год"), text);
            assertTrue(text.contains("Педсовет: итоги I полугодия"), text);
        }
    }
}
