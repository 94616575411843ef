package kz.rudny.cabinet.reporting.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.export.TableReport;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;
import kz.rudny.cabinet.reporting.reports.control.ReportFigures.Line;
import kz.rudny.cabinet.reporting.reports.control.ReportFigures.SchoolValues;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The department reports laid out from figures and read back: a line per school with the town's total equal to the
 * sum, numbers as numeric cells, a school named with a formula character neutralised, the split indicators' columns
 * the keys the figures hold (a key the texts do not know shown as it is), the heading with the year, the day made
 * and "as of"; the PDF's text in Kazakh with the totals.
 */
class ReportTablesTest {

    private static final AcademicYear YEAR = new AcademicYear(2025);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String GYMNASIUM = "Абай атындағы №3 мектеп-гимназия";
    private static final String EVIL = "=HYPERLINK(\"http://evil\",\"№12\")";

    private static final Line EXPERT = new Line(Indicator.TEACHERS_BY_CATEGORY, "EXPERT");
    private static final Line MASTER = new Line(Indicator.TEACHERS_BY_CATEGORY, "MASTER");
    private static final Line NONE = new Line(Indicator.TEACHERS_BY_CATEGORY, "NONE");
    private static final Line COVERED = new Line(Indicator.COURSE_COVERED, "");
    private static final Line OVERDUE = new Line(Indicator.COURSE_OVERDUE, "");
    private static final Line WITH = new Line(Indicator.YOUNG_WITH_MENTOR, "");
    private static final Line WITHOUT = new Line(Indicator.YOUNG_WITHOUT_MENTOR, "");
    private static final Line SEMINARS = new Line(Indicator.EVENTS_HELD, "SEMINAR");
    private static final Line NEW_KIND = new Line(Indicator.EVENTS_HELD, "HACKATHON");

    private static ReportFigures district() {
        return new ReportFigures(List.of(EXPERT, MASTER, NONE, COVERED, OVERDUE, WITH, WITHOUT, SEMINARS, NEW_KIND),
                List.of(new SchoolValues(GYMNASIUM, Map.of(EXPERT, 5L, MASTER, 1L, NONE, 2L, COVERED, 6L, OVERDUE, 2L,
                                WITH, 1L, WITHOUT, 1L, SEMINARS, 3L)),
                        new SchoolValues(EVIL, Map.of(EXPERT, 3L, NONE, 1L, COVERED, 1L, OVERDUE, 3L, WITH, 2L,
                                NEW_KIND, 1L))),
                true);
    }

    private static Sheet sheet(ExportedFile file) throws Exception {
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()));
        return book.getSheetAt(0);
    }

    /** The first row (after the heading) whose first cell is the text. */
    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        for (Cell cell : row) {
            cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        return cells;
    }

    @Test
    void theCompositionHasALinePerSchoolTheTotalAndACategoryColumnPerKeyAsNumbers() throws Exception {
        ExportedFile file = ReportTables.in(Language.KK).file(DepartmentReport.TEACHER_COMPOSITION, district(), null,
                YEAR, TODAY, Language.KK, DocumentFormat.XLSX);
        assertEquals("Педагогтердің сапалық құрамы 2025-2026.xlsx", file.fileName());
        Sheet sheet = sheet(file);
        assertEquals("Педагогтердің сапалық құрамы", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Оқу жылы: 2025-2026", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("Қала бойынша: барлық мектептер", sheet.getRow(2).getCell(0).getStringCellValue());
        assertEquals("Жасалған күні: 30.11.2026", sheet.getRow(3).getCell(0).getStringCellValue());
        assertEquals("Деректер 31.08.2026 жағдай бойынша", sheet.getRow(4).getCell(0).getStringCellValue(),
                "a past year's figures stand at its last day");
        assertEquals(List.of("Мектеп", "Педагог-сарапшы", "Педагог-шебер", "Санатсыз", "Барлығы"),
                cells(row(sheet, "Мектеп")));
        assertEquals(List.of(GYMNASIUM, 5.0, 1.0, 2.0, 8.0), cells(row(sheet, GYMNASIUM)));
        assertEquals(List.of("'" + EVIL, 3.0, 0.0, 1.0, 4.0), cells(row(sheet, "'" + EVIL)), "neutralised, text");
        assertEquals(List.of("Қала бойынша барлығы", 8.0, 1.0, 3.0, 12.0), cells(row(sheet, "Қала бойынша барлығы")),
                "the total is the sum of the schools");
    }

    @Test
    void sharesAreComputedPerSchoolAndForTheTotalFromTheSums() throws Exception {
        Sheet sheet = sheet(ReportTables.in(Language.RU).file(DepartmentReport.COURSE_COVERAGE, district(), null, YEAR,
                TODAY, Language.RU, DocumentFormat.XLSX));
        assertEquals(List.of("Школа", "Педагогов", "Прошли курсы в срок", "Охват, %", "Курсы просрочены"),
                cells(row(sheet, "Школа")));
        assertEquals(List.of(GYMNASIUM, 8.0, 6.0, 75.0, 2.0), cells(row(sheet, GYMNASIUM)));
        assertEquals(List.of("'" + EVIL, 4.0, 1.0, 25.0, 3.0), cells(row(sheet, "'" + EVIL)));
        assertEquals(List.of("Итого по городу", 12.0, 7.0, 58.3, 5.0), cells(row(sheet, "Итого по городу")));
        Sheet mentoring = sheet(ReportTables.in(Language.RU).file(DepartmentReport.MENTORING_COVERAGE, district(), null,
                YEAR, TODAY, Language.RU, DocumentFormat.XLSX));
        assertEquals(List.of("Итого по городу", 4.0, 3.0, 1.0, 75.0, 0.0), cells(row(mentoring, "Итого по городу")));
    }

    @Test
    void aSplitIndicatorShowsEveryKeyTheFiguresHoldAndAnUnknownKeyAsItIs() {
        TableReport report = ReportTables.in(Language.RU).table(DepartmentReport.METHODICAL_WORK, district(), null,
                YEAR, TODAY);
        TableReport.Section events = report.sections().get(2);
        assertEquals("Проведённые мероприятия по видам", events.caption());
        assertEquals(List.of("Школа", "Семинар", "HACKATHON", "Всего"), events.columns());
        assertEquals(List.of("Итого по городу", 3L, 1L, 4L), events.lines().get(2).cells());
        assertTrue(events.lines().get(2).total());
        assertFalse(events.lines().get(0).total());
    }

    @Test
    void oneSchoolsReportHasItsLineAloneAndSaysTheSchool() throws Exception {
        ReportFigures one = new ReportFigures(district().lines(), List.of(district().schools().get(0)), false);
        ExportedFile file = ReportTables.in(Language.RU).file(DepartmentReport.TEACHER_COMPOSITION, one, GYMNASIUM,
                new AcademicYear(2026), TODAY, Language.RU, DocumentFormat.XLSX);
        assertEquals("Качественный состав педагогов " + GYMNASIUM + " 2026-2027.xlsx", file.fileName());
        Sheet sheet = sheet(file);
        assertEquals("Школа: " + GYMNASIUM, sheet.getRow(2).getCell(0).getStringCellValue());
        assertEquals("Данные по состоянию на 30.11.2026", sheet.getRow(4).getCell(0).getStringCellValue(),
                "this year's figures stand at today");
        assertEquals(List.of(GYMNASIUM, 5.0, 1.0, 2.0, 8.0), cells(row(sheet, GYMNASIUM)));
        List<String> firsts = new ArrayList<>();
        sheet.forEach(r -> firsts.add(r.getCell(0) == null ? "" : String.valueOf(cells(r).get(0))));
        assertEquals(4, firsts.stream().filter(GYMNASIUM::equals).count(), "the school's line in each of 4 tables");
        assertFalse(firsts.contains("Итого по городу"), "no total line for one school");
    }

    @Test
    void theAttestationScheduleListsTheTeachersDueByNameSchoolBySchool() throws Exception {
        ScheduledAttestation overdue = new ScheduledAttestation("Жұмабаева Гүлнар Серікқызы", "Қазақ тілі мұғалімі",
                QualificationCategory.MODERATOR, LocalDate.of(2026, 5, 1), QualificationCategory.EXPERT, true);
        ScheduledAttestation due = new ScheduledAttestation("@Иванова", null, null, LocalDate.of(2027, 3, 1), null,
                false);
        ReportFigures figures = new ReportFigures(district().lines(), List.of(
                new SchoolValues(GYMNASIUM, district().schools().get(0).values(), List.of(overdue)),
                new SchoolValues("Средняя школа №12", Map.of(), List.of(due))), true);
        Sheet sheet = sheet(ReportTables.in(Language.KK).file(DepartmentReport.ATTESTATION_SCHEDULE, figures, null,
                new AcademicYear(2026), TODAY, Language.KK, DocumentFormat.XLSX));
        assertEquals(List.of("Мектеп", "№", "Педагог", "Лауазымы", "Қазіргі санаты", "Мерзімі (санаттың жарамдылығы)",
                "Мақсатты санаты", "Жағдайы"), cells(sheet.getRow(sheet.getLastRowNum() - 2)));
        assertEquals(List.of(GYMNASIUM, 1.0, "Жұмабаева Гүлнар Серікқызы", "Қазақ тілі мұғалімі", "Педагог-модератор",
                "01.05.2026", "Педагог-сарапшы", "Мерзімі өткен"), cells(sheet.getRow(sheet.getLastRowNum() - 1)));
        assertEquals(List.of("Средняя школа №12", 2.0, "'@Иванова", "", "Санатсыз", "01.03.2027", "", "Биыл"),
                cells(sheet.getRow(sheet.getLastRowNum())), "a name with a formula character neutralised");
        TableReport one = ReportTables.in(Language.RU).table(DepartmentReport.ATTESTATION_SCHEDULE,
                new ReportFigures(figures.lines(), List.of(figures.schools().get(1)), false), "Средняя школа №12",
                new AcademicYear(2026), TODAY);
        TableReport.Section list = one.sections().get(one.sections().size() - 1);
        assertEquals("№", list.columns().get(0), "one school's list has no school column");
        assertEquals(List.of(1L, "@Иванова", "", "Без категории", "01.03.2027", "", "В этом году"),
                list.lines().get(0).cells());
    }

    @ParameterizedTest
    @EnumSource(DepartmentReport.class)
    void everyReportIsWrittenInKazakhAsAPdfWithItsTotals(DepartmentReport report) throws Exception {
        ExportedFile file = ReportTables.in(Language.KK).file(report, district(), null, YEAR, TODAY, Language.KK,
                DocumentFormat.PDF);
        TableReport table = ReportTables.in(Language.KK).table(report, district(), null, YEAR, TODAY);
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(table.title()), text);
            assertTrue(text.contains(GYMNASIUM), "Kazakh letters: " + text);
            int tables = table.sections().size() - (ReportLayouts.listsTheAttestationSchedule(report) ? 1 : 0);
            assertEquals(ReportLayouts.of(report).size(), tables);
            for (TableReport.Section section : table.sections().subList(0, tables)) {
                TableReport.Line total = section.lines().get(section.lines().size() - 1);
                assertTrue(total.total());
                StringBuilder line = new StringBuilder();
                for (Object cell : total.cells()) {
                    line.append(line.length() == 0 ? "" : " ")
                            .append(cell instanceof Double d ? String.format(Language.KK.locale(), "%.1f", d) : cell);
                }
                assertTrue(text.contains(line.toString()), "the total line " + line + " in " + text);
            }
        }
    }
}
