package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The department's reports through the pages: the district methodologist downloads every report as XLSX and PDF in
 * Russian and in Kazakh (read back: the XLSX with POI, numbers as numbers and the town's total the sum of the
 * schools' lines, the attestation schedule naming every teacher it counts; the PDF's text with the report's name, the Kazakh school's name and the total), sees the status
 * while a file is prepared, and takes one school's report; a school's methodologist downloads the own school's,
 * and the same link with another school's id is not found. Both pages pass axe-core's WCAG 2.1 AA rules.
 */
class DepartmentReportsJourneyIT {

    private static final String[] REPORTS = {"TEACHER_COMPOSITION", "COURSE_COVERAGE", "MENTORING_COVERAGE",
            "METHODICAL_WORK", "ATTESTATION_SCHEDULE"};
    private static final String GYMNASIUM = "Абай атындағы №3 мектеп-гимназия";

    @Test
    void theDistrictMethodologistDownloadsEveryReportInRussianAndKazakh() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("district.methodologist");
            b.open("/district/reports.xhtml");
            assertEquals(10, b.all(By.cssSelector("a.download")).size(), "five reports, XLSX and PDF each");
            b.screenshot("reports-district");
            b.assertAccessible("the district's reports page");

            for (String language : new String[] {"Русский", "Қазақша"}) {
                b.choose("reports:language", language);
                boolean russian = language.equals("Русский");
                String totalLine = russian ? "Итого по городу" : "Қала бойынша барлығы";
                for (String report : REPORTS) {
                    String xlsx = link(b, report, "xlsx");
                    assertTrue(xlsx.contains("lang=" + (russian ? "ru" : "kk")), xlsx);
                    List<List<Object>> rows = rows(b, xlsx);
                    List<Object> total = row(rows, totalLine);
                    List<List<Object>> schools = schoolLines(rows, totalLine);
                    // a line per school above the total: the three demo schools (Kazakh letters intact), and any
                    // school an earlier test of the run added
                    for (String school : List.of(GYMNASIUM, "Средняя школа №12", "№7 орта мектебі")) {
                        assertEquals(1, schools.stream().filter(r -> r.get(0).equals(school)).count(),
                                school + " above the total: " + rows);
                    }
                    for (int c = 1; c < total.size(); c++) {
                        if (!isShare(rows, totalLine, c)) {
                            int column = c;
                            assertEquals(schools.stream().mapToDouble(r -> (Double) r.get(column)).sum(),
                                    (Double) total.get(c), report + " column " + c + " total is the sum");
                        }
                    }
                    if (report.equals("ATTESTATION_SCHEDULE")) {
                        List<Object> head = rows.stream().filter(r -> r.size() > 1 && "№".equals(r.get(1)))
                                .findFirst().orElseThrow(() -> new AssertionError("the list by name: " + rows));
                        List<List<Object>> named = rows.subList(rows.indexOf(head) + 1, rows.size());
                        assertEquals((Double) total.get(2) + (Double) total.get(3), (double) named.size(),
                                "every teacher due or overdue by name: " + named);
                    }
                    String pdf = pdfText(b, link(b, report, "pdf")).replaceAll("\\s+", " ");
                    assertTrue(pdf.contains(GYMNASIUM), pdf);
                    assertTrue(pdf.contains(totalLine), pdf);
                    assertTrue(pdf.contains((String) rows.get(0).get(0)), "the report's name: " + pdf);
                }
            }

            // The status while a file is prepared and once it came, by keyboard (Enter on the focused link).
            WebElement first = b.driver.findElement(By.cssSelector("a[data-report='COURSE_COVERAGE'][data-format='pdf']"));
            first.sendKeys(org.openqa.selenium.Keys.ENTER);
            String done = b.driver.findElement(By.id("downloadStatus")).getAttribute("data-done");
            b.waitFor().until(d -> b.textOf("downloadStatus").startsWith(done));
            b.screenshot("reports-district-downloaded");

            // One school's report: its line alone.
            b.choose("reports:school", GYMNASIUM);
            String one = link(b, "COURSE_COVERAGE", "xlsx");
            assertTrue(one.contains("&school="), one);
            List<List<Object>> rows = rows(b, one);
            assertEquals(GYMNASIUM, rows.get(rows.size() - 1).get(0));
            assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("Қала бойынша барлығы")));
        }
    }

    @Test
    void aSchoolsMethodologistDownloadsTheOwnSchoolsReportsOnly() throws Exception {
        String otherSchool;
        try (Browser g3 = new Browser()) {
            g3.signIn("g3.methodologist");
            g3.open("/school/reports.xhtml");
            otherSchool = schoolOf(link(g3, "TEACHER_COMPOSITION", "xlsx"));
        }
        try (Browser b = new Browser()) {
            b.signIn("s12.methodologist");
            b.open("/school/reports.xhtml");
            assertTrue(b.pageText().contains("Отчёты для отдела образования"), b.pageText());
            b.screenshot("reports-school-ru");
            b.assertAccessible("the school's reports page");
            b.choose("reports:language", "Русский");
            String xlsx = link(b, "MENTORING_COVERAGE", "xlsx");
            List<List<Object>> rows = rows(b, xlsx);
            assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("Итого по городу")), "one school, no total");
            assertTrue(rows.stream().noneMatch(r -> r.get(0).equals(GYMNASIUM)), "no other school's line");
            assertTrue(rows.get(rows.size() - 1).get(1) instanceof Double, "numbers as numbers: " + rows);
            String pdf = pdfText(b, link(b, "METHODICAL_WORK", "pdf"));
            assertTrue(pdf.contains("Итоги методической работы за год"), pdf);

            String own = schoolOf(xlsx);
            assertFalse(own.equals(otherSchool));
            assertEquals(404, b.download(path(xlsx.replace("school=" + own, "school=" + otherSchool))).statusCode(),
                    "another school's report");
            assertEquals(403, b.download(path(xlsx.replace("/school/", "/district/"))).statusCode(),
                    "the district's reports are not for a school");
        }
    }

    private static String link(Browser b, String report, String format) {
        return b.driver.findElement(By.cssSelector("a[data-report='" + report + "'][data-format='" + format + "']"))
                .getAttribute("href");
    }

    private static String path(String href) {
        return href.substring(href.indexOf('/', "http://".length()));
    }

    private static String schoolOf(String href) {
        Matcher m = Pattern.compile("school=(\\d+)").matcher(href);
        assertTrue(m.find(), href);
        return m.group(1);
    }

    private static byte[] download(Browser b, String href, String type) throws Exception {
        HttpResponse<byte[]> file = b.download(path(href));
        assertEquals(200, file.statusCode(), href);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(type), href);
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), href);
        return file.body();
    }

    private static List<List<Object>> rows(Browser b, String href) throws Exception {
        byte[] bytes = download(b, href, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula at " + cell.getAddress());
                    cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            return rows;
        }
    }

    private static String pdfText(Browser b, String href) throws Exception {
        byte[] bytes = download(b, href, "application/pdf");
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<Object> row(List<List<Object>> rows, String first) {
        return rows.stream().filter(r -> first.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + first + " in " + rows));
    }

    /** The lines between the last header row (its first cell "Школа"/"Мектеп") and the total line. */
    private static List<List<Object>> schoolLines(List<List<Object>> rows, String totalLine) {
        int end = rows.indexOf(row(rows, totalLine));
        int start = end;
        while (start > 0 && !List.of("Школа", "Мектеп").contains(rows.get(start - 1).get(0))) {
            start--;
        }
        return rows.subList(start, end);
    }

    /** Whether the column of the first section is a share in percent (its heading ends with "%"). */
    private static boolean isShare(List<List<Object>> rows, String totalLine, int column) {
        int end = rows.indexOf(row(rows, totalLine));
        List<Object> header = schoolLines(rows, totalLine).isEmpty() ? rows.get(end - 1)
                : rows.get(end - schoolLines(rows, totalLine).size() - 1);
        return String.valueOf(header.get(column)).endsWith("%");
    }
}
