package kz.rudny.cabinet.reporting.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.reporting.figures.boundary.FigureLine;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The department's reports on a real server, read back with POI: the district's report has a line per school equal
 * to the dashboard's figures and a total line equal to the dashboard's totals; a district role gets any one
 * school's report, a school's methodologist the own school's only (another school's id is not found, the district's
 * report refused); teachers and association heads get none. The attestation schedule names the teachers that
 * mentoring's own schedule shows due this year or overdue.
 */
interface DepartmentReportsTests {

    Callers callers();

    TestDatabase db();

    Dashboard dashboard();

    DepartmentReports reports();

    Attestations attestations();

    private static int thisYear() {
        return AcademicYear.of(LocalDate.now(FiguresTests.RUDNY)).startYear();
    }

    @Test
    default void theDistrictsReportHasEverySchoolsFiguresAndTheDashboardsTotals() {
        int year = thisYear();
        callers().signIn(FiguresTests.DISTRICT);
        DistrictFigures table = dashboard().district(year);
        List<List<Object>> composition = rows(reports().district(DepartmentReport.TEACHER_COMPOSITION, year,
                Language.RU, DocumentFormat.XLSX));
        List<FigureLine> categories = table.lines().stream()
                .filter(l -> l.indicator() == Indicator.TEACHERS_BY_CATEGORY).toList();
        for (DistrictFigures.SchoolColumn school : table.schools()) {
            int column = table.schools().indexOf(school);
            List<Object> expected = new ArrayList<>(List.of(school.name()));
            categories.forEach(l -> expected.add((double) l.values().get(column)));
            expected.add((double) categories.stream().mapToLong(l -> l.values().get(column)).sum());
            assertEquals(expected, row(composition, school.name()), school.name());
        }
        List<Object> total = new ArrayList<>(List.of("Итого по городу"));
        categories.forEach(l -> total.add((double) l.total()));
        total.add((double) categories.stream().mapToLong(FigureLine::total).sum());
        assertEquals(total, row(composition, "Итого по городу"), "the dashboard's totals");

        List<List<Object>> courses = rows(reports().district(DepartmentReport.COURSE_COVERAGE, year, Language.KK,
                DocumentFormat.XLSX));
        List<Object> courseTotal = row(courses, "Қала бойынша барлығы");
        assertEquals((double) total(table, Indicator.TEACHERS_BY_CATEGORY), courseTotal.get(1));
        assertEquals((double) total(table, Indicator.COURSE_COVERED), courseTotal.get(2));
        assertEquals((double) total(table, Indicator.COURSE_OVERDUE), courseTotal.get(4));

        ExportedFile pdf = reports().district(DepartmentReport.METHODICAL_WORK, year, Language.KK, DocumentFormat.PDF);
        assertTrue(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals("Жылдағы әдістемелік жұмыстың қорытындысы " + new AcademicYear(year) + ".pdf", pdf.fileName());
    }

    @Test
    default void aDistrictRoleGetsAnyOneSchoolsReportWithThatSchoolsLineAlone() {
        int year = thisYear();
        long g3 = db().schoolOf("g3.methodologist");
        callers().signIn(FiguresTests.ADMIN);
        DistrictFigures table = dashboard().district(year);
        DistrictFigures.SchoolColumn school = table.schools().stream().filter(s -> s.id() == g3).findFirst()
                .orElseThrow();
        int column = table.schools().indexOf(school);
        List<List<Object>> rows = rows(reports().school(DepartmentReport.MENTORING_COVERAGE, g3, year, Language.RU,
                DocumentFormat.XLSX));
        List<Object> line = row(rows, school.name());
        assertEquals((double) value(table, Indicator.YOUNG_WITH_MENTOR, column), line.get(2));
        assertEquals((double) value(table, Indicator.YOUNG_WITHOUT_MENTOR, column), line.get(3));
        assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("Итого по городу")), "no total for one school");
        assertTrue(table.schools().stream().filter(s -> s.id() != g3)
                .noneMatch(s -> rows.stream().anyMatch(r -> r.get(0).equals(s.name()))), "no other school");
        assertThrows(NotFoundException.class, () -> reports().school(DepartmentReport.MENTORING_COVERAGE, 999_999L,
                year, Language.RU, DocumentFormat.XLSX));
    }

    @Test
    default void aSchoolsMethodologistGetsTheOwnSchoolsReportOnlyAndTeachersAndHeadsNone() {
        int year = thisYear();
        long own = db().schoolOf(FiguresTests.SCHOOL);
        long other = db().schoolOf("g3.methodologist");
        callers().signIn(FiguresTests.SCHOOL);
        OwnFigures figures = dashboard().mine(year);
        List<List<Object>> rows = rows(reports().school(DepartmentReport.COURSE_COVERAGE, own, year, Language.RU,
                DocumentFormat.XLSX));
        List<Object> line = rows.get(rows.size() - 1);
        assertEquals((double) figures.lines().stream().filter(l -> l.indicator() == Indicator.COURSE_COVERED)
                .mapToLong(OwnFigures.Line::value).sum(), line.get(2), "the own school's figure: " + line);
        assertThrows(NotFoundException.class, () -> reports().school(DepartmentReport.COURSE_COVERAGE, other, year,
                Language.RU, DocumentFormat.XLSX), "another school's report");
        assertThrows(AccessDeniedException.class, () -> reports().district(DepartmentReport.COURSE_COVERAGE, year,
                Language.RU, DocumentFormat.XLSX), "the district's report");
        for (String who : List.of("s7.teacher", "s7.head", "g3.mentor")) {
            callers().signIn(who);
            long school = db().schoolOf(who);
            assertThrows(AccessDeniedException.class, () -> reports().school(DepartmentReport.COURSE_COVERAGE,
                    school, year, Language.KK, DocumentFormat.PDF), who);
            assertThrows(AccessDeniedException.class, () -> reports().district(DepartmentReport.COURSE_COVERAGE,
                    year, Language.KK, DocumentFormat.PDF), who);
        }
    }

    @Test
    default void theAttestationScheduleNamesTheTeachersMentoringScheduledAndTheDistrictSeesEverySchools() {
        int year = thisYear();
        callers().signIn(FiguresTests.SCHOOL);
        List<String> scheduled = attestations().schedule().stream()
                .filter(a -> a.state() == DueState.OVERDUE || a.state() == DueState.DUE_THIS_YEAR)
                .map(AttestationView::fullName).sorted().toList();
        assertTrue(scheduled.size() >= 1, "the demo school has a teacher due or overdue");
        OwnFigures own = dashboard().mine(year);
        assertEquals(own.lines().stream().filter(l -> l.indicator() == Indicator.ATTESTATION_DUE
                || l.indicator() == Indicator.ATTESTATION_OVERDUE).mapToLong(OwnFigures.Line::value).sum(),
                scheduled.size(), "the names are the teachers counted");
        long school = db().schoolOf(FiguresTests.SCHOOL);
        List<List<Object>> rows = rows(reports().school(DepartmentReport.ATTESTATION_SCHEDULE, school, year,
                Language.RU, DocumentFormat.XLSX));
        int header = rows.indexOf(row(rows, "№"));
        List<String> listed = rows.subList(header + 1, rows.size()).stream().map(r -> (String) r.get(1)).sorted()
                .toList();
        assertEquals(scheduled, listed, "the school's list: its own teachers due or overdue");

        callers().signIn(FiguresTests.DISTRICT);
        List<List<Object>> district = rows(reports().district(DepartmentReport.ATTESTATION_SCHEDULE, year,
                Language.RU, DocumentFormat.XLSX));
        int districtHeader = district.indexOf(row(district, "Школа", "№"));
        List<List<Object>> named = district.subList(districtHeader + 1, district.size());
        List<String> schoolsListed = named.stream().map(r -> (String) r.get(0)).distinct().toList();
        assertTrue(schoolsListed.size() >= 2, "more than one school's teachers: " + schoolsListed);
        List<Object> totals = row(district, "Итого по городу");
        assertEquals((double) named.size(), (Double) totals.get(2) + (Double) totals.get(3),
                "every teacher due or overdue in the town, by name");
    }

    private static long total(DistrictFigures table, Indicator indicator) {
        return table.lines().stream().filter(l -> l.indicator() == indicator).mapToLong(FigureLine::total).sum();
    }

    private static long value(DistrictFigures table, Indicator indicator, int column) {
        return table.lines().stream().filter(l -> l.indicator() == indicator).mapToLong(l -> l.values().get(column))
                .sum();
    }

    /** The rows of the workbook's sheet, each cell a text or a number (a double, as POI reads it). */
    private static List<List<Object>> rows(ExportedFile file) {
        assertEquals(DocumentFormat.XLSX, file.format());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(List<List<Object>> rows, String first) {
        return rows.stream().filter(r -> !r.isEmpty() && first.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + first + " in " + rows));
    }

    /** The line whose first two cells are these. */
    private static List<Object> row(List<List<Object>> rows, String first, String second) {
        return rows.stream().filter(r -> r.size() > 1 && first.equals(r.get(0)) && second.equals(r.get(1)))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + first + ", " + second + " in " + rows));
    }
}
