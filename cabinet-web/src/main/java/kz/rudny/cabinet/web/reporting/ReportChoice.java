package kz.rudny.cabinet.web.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;

/**
 * What the reports' pages let a person choose (the academic year: this one or the last; the report's language:
 * Kazakh or Russian) and the download link of a report in a format, for the district or one school
 * ({@link DepartmentReportServlet}).
 */
public class ReportChoice implements Serializable {

    /** Relative to the page (district/reports.xhtml, school/reports.xhtml): the servlet beside it. */
    private static final String EXPORT = "reports/export";

    private final LocalDate today;
    private int year;
    private String language;

    ReportChoice(LocalDate today, String uiLanguage) {
        this.today = today;
        this.year = AcademicYear.of(today).startYear();
        this.language = "ru".equals(uiLanguage) ? "ru" : "kk";
    }

    /** The link of the report's file: the district's when {@code schoolId} is null. */
    public String link(DepartmentReport report, String format, Long schoolId) {
        return EXPORT + "?report=" + report.name() + "&year=" + year + "&format=" + format + "&lang=" + language
                + (schoolId == null ? "" : "&school=" + schoolId);
    }

    /** This academic year and the last, as schools write them ("2026-2027"). */
    public List<AcademicYear> getYears() {
        AcademicYear now = AcademicYear.of(today);
        return List.of(now, now.previous());
    }

    public List<DepartmentReport> getReports() {
        return List.of(DepartmentReport.values());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "ru".equals(language) ? "ru" : "kk";
    }
}
