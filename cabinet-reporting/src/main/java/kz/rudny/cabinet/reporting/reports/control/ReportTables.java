package kz.rudny.cabinet.reporting.reports.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.export.TableReport;
import kz.rudny.cabinet.domain.export.TableReportPdf;
import kz.rudny.cabinet.domain.export.TableReportXlsx;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;
import kz.rudny.cabinet.reporting.reports.control.ReportLayouts.Column;
import kz.rudny.cabinet.reporting.reports.control.ReportLayouts.SectionLayout;

/**
 * A department report laid out from its {@link ReportLayouts} and the figures, in the chosen language
 * ({@code department-reports*.properties} beside this class; English is the base file): the report's name, the
 * academic year, the scope, the day it was made and the day its figures stand at ("as of": today, or the year's
 * last day for a past year), then a table per section with a line per school and, for the district, the total line
 * (counts summed, shares computed from the sums); the attestation schedule then lists the teachers due or overdue.
 */
public final class ReportTables {

    private final ExportTexts words;

    private ReportTables(Language language) {
        this.words = ExportTexts.of("kz.rudny.cabinet.reporting.reports.control.department-reports", language,
                ReportTables.class.getClassLoader());
    }

    public static ReportTables in(Language language) {
        return new ReportTables(language);
    }

    /** The report as a file named in the language: the report's name, the school (if one) and the year. */
    public ExportedFile file(DepartmentReport report, ReportFigures figures, String schoolName, AcademicYear year,
                             LocalDate today, Language language, DocumentFormat format) {
        TableReport table = table(report, figures, schoolName, year, today);
        byte[] bytes = switch (format) {
            case XLSX -> TableReportXlsx.write(table);
            case PDF -> TableReportPdf.write(table, language);
            case DOCX -> throw new IllegalArgumentException("A department report is written as XLSX or PDF");
        };
        String name = schoolName == null ? words.text("file.district", table.title(), year.toString())
                : words.text("file.school", table.title(), schoolName, year.toString());
        return new ExportedFile(name.replaceAll("[\\\\/:*?\"<>|]", " ").strip(), format, bytes);
    }

    /** The report's tables: a line per school of the figures, the total line for the district. */
    public TableReport table(DepartmentReport report, ReportFigures figures, String schoolName, AcademicYear year,
                             LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        List<String> heading = List.of(words.text("heading.year", year.toString()),
                schoolName == null ? words.text("heading.district") : words.text("heading.school", schoolName),
                words.text("heading.made", PaperDates.DAY.format(today)),
                words.text("heading.asOf", PaperDates.DAY.format(asOf)));
        List<TableReport.Section> sections = new ArrayList<>();
        for (SectionLayout layout : ReportLayouts.of(report)) {
            List<String> columns = new ArrayList<>(List.of(words.text("col.school")));
            for (Column column : layout.columns()) {
                columns.addAll(headings(column, figures));
            }
            List<TableReport.Line> lines = new ArrayList<>();
            Map<ReportFigures.Line, Long> sums = new HashMap<>();
            for (ReportFigures.SchoolValues school : figures.schools()) {
                lines.add(line(school.name(), layout, figures, school.values(), false));
                school.values().forEach((line, value) -> sums.merge(line, value, Long::sum));
            }
            if (figures.withTotal()) {
                lines.add(line(words.text("line.total"), layout, figures, sums, true));
            }
            sections.add(new TableReport.Section(words.text(layout.caption()), columns, lines));
        }
        if (ReportLayouts.listsTheAttestationSchedule(report)) {
            sections.add(schedule(figures));
        }
        return new TableReport(words.text("report." + report.name()), heading, sections);
    }

    /** The teachers due or overdue by name, school by school (the school's column for the district only). */
    private TableReport.Section schedule(ReportFigures figures) {
        List<String> columns = new ArrayList<>();
        if (figures.withTotal()) {
            columns.add(words.text("col.school"));
        }
        for (String key : List.of("col.number", "col.teacher", "col.jobTitle", "col.category", "col.dueOn",
                "col.target", "col.standing")) {
            columns.add(words.text(key));
        }
        List<TableReport.Line> lines = new ArrayList<>();
        long number = 1;
        for (ReportFigures.SchoolValues school : figures.schools()) {
            for (ScheduledAttestation a : school.schedule()) {
                List<Object> cells = new ArrayList<>();
                if (figures.withTotal()) {
                    cells.add(school.name());
                }
                cells.addAll(List.of(number++, a.teacher(), a.jobTitle() == null ? "" : a.jobTitle(),
                        category(a.category() == null ? "NONE" : a.category().name()), PaperDates.DAY.format(a.dueOn()),
                        a.target() == null ? "" : category(a.target().name()),
                        words.text(a.overdue() ? "standing.overdue" : "standing.due")));
                lines.add(new TableReport.Line(cells, false));
            }
        }
        return new TableReport.Section(words.text("section.attestationList"), columns, lines);
    }

    private String category(String key) {
        return words.text("key." + Indicator.TEACHERS_BY_CATEGORY.name() + "." + key);
    }

    private List<String> headings(Column column, ReportFigures figures) {
        if (column instanceof Column.Count count) {
            return List.of(words.text(count.heading()));
        }
        if (column instanceof Column.Share share) {
            return List.of(words.text(share.heading()));
        }
        List<String> headings = new ArrayList<>();
        for (ReportFigures.Line line : keys(((Column.Split) column).indicator(), figures)) {
            String key = "key." + line.indicator().name() + "." + line.key();
            headings.add(words.has(key) ? words.text(key) : line.key());
        }
        headings.add(words.text("col.total"));
        return headings;
    }

    private static TableReport.Line line(String name, SectionLayout layout, ReportFigures figures,
                                         Map<ReportFigures.Line, Long> values, boolean total) {
        List<Object> cells = new ArrayList<>(List.of(name));
        for (Column column : layout.columns()) {
            if (column instanceof Column.Count count) {
                cells.add(sum(count.indicators(), values));
            } else if (column instanceof Column.Share share) {
                long whole = sum(share.whole(), values);
                long part = sum(List.of(share.part()), values);
                cells.add(whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0);
            } else {
                Indicator split = ((Column.Split) column).indicator();
                for (ReportFigures.Line line : keys(split, figures)) {
                    cells.add(values.getOrDefault(line, 0L));
                }
                cells.add(sum(List.of(split), values));
            }
        }
        return new TableReport.Line(cells, total);
    }

    private static List<ReportFigures.Line> keys(Indicator indicator, ReportFigures figures) {
        return figures.lines().stream().filter(l -> l.indicator() == indicator).toList();
    }

    private static long sum(List<Indicator> indicators, Map<ReportFigures.Line, Long> values) {
        return values.entrySet().stream().filter(e -> indicators.contains(e.getKey().indicator()))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
