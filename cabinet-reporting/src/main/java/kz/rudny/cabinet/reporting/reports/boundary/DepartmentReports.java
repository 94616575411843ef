package kz.rudny.cabinet.reporting.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.reporting.figures.boundary.AttestationSchedules;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.reporting.figures.boundary.FigureLine;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;
import kz.rudny.cabinet.reporting.reports.control.ReportFigures;
import kz.rudny.cabinet.reporting.reports.control.ReportLayouts;
import kz.rudny.cabinet.reporting.reports.control.ReportTables;

/**
 * The education department's reports as files (XLSX or PDF, in Kazakh or Russian), made from the dashboard's read
 * model only, never from a school's tables: for the district every school's line with the town's total (district
 * roles), or one school's line, which district roles may ask for any school and a school's methodologist for the
 * own school only (another school's id is not found). Nobody else gets any.
 */
@ApplicationScoped
@Transactional
public class DepartmentReports {

    @Inject
    Dashboard dashboard;

    @Inject
    AttestationSchedules schedules;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    /** The report of every school of the district side by side, with the total line. */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public ExportedFile district(@NotNull DepartmentReport report, int academicYear, @NotNull Language language,
                                 @NotNull DocumentFormat format) {
        DistrictFigures table = dashboard.district(academicYear);
        Map<Long, List<ScheduledAttestation>> schedule = ReportLayouts.listsTheAttestationSchedule(report)
                ? schedules.district(academicYear) : Map.of();
        List<ReportFigures.SchoolValues> schools = table.schools().stream()
                .map(s -> new ReportFigures.SchoolValues(s.name(), column(table, table.schools().indexOf(s)),
                        schedule.getOrDefault(s.id(), List.of())))
                .toList();
        return ReportTables.in(language).file(report, new ReportFigures(lines(table), schools, true), null,
                new AcademicYear(academicYear), today(), language, format);
    }

    /** The report of one school: any school for district roles, the own school only for its methodologist. */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR, Role.SCHOOL_METHODOLOGIST})
    public ExportedFile school(@NotNull DepartmentReport report, long schoolId, int academicYear,
                               @NotNull Language language, @NotNull DocumentFormat format) {
        boolean listed = ReportLayouts.listsTheAttestationSchedule(report);
        ReportFigures figures;
        String name;
        if (caller.schoolId().isPresent()) {
            if (caller.schoolId().get() != schoolId) {
                throw new NotFoundException("school", schoolId);
            }
            OwnFigures own = dashboard.mine(academicYear);
            Map<ReportFigures.Line, Long> values = new HashMap<>();
            own.lines().forEach(l -> values.put(new ReportFigures.Line(l.indicator(), l.key()), l.value()));
            name = profile.schoolName().orElseThrow();
            figures = new ReportFigures(own.lines().stream()
                    .map(l -> new ReportFigures.Line(l.indicator(), l.key())).toList(),
                    List.of(new ReportFigures.SchoolValues(name, values,
                            listed ? schedules.mine(academicYear) : List.of())), false);
        } else {
            DistrictFigures table = dashboard.district(academicYear);
            DistrictFigures.SchoolColumn school = table.schools().stream().filter(s -> s.id() == schoolId)
                    .findFirst().orElseThrow(() -> new NotFoundException("school", schoolId));
            name = school.name();
            figures = new ReportFigures(lines(table), List.of(new ReportFigures.SchoolValues(name,
                    column(table, table.schools().indexOf(school)),
                    listed ? schedules.district(academicYear).getOrDefault(schoolId, List.of()) : List.of())), false);
        }
        return ReportTables.in(language).file(report, figures, name, new AcademicYear(academicYear), today(),
                language, format);
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    private static List<ReportFigures.Line> lines(DistrictFigures table) {
        return table.lines().stream().map(l -> new ReportFigures.Line(l.indicator(), l.key())).toList();
    }

    private static Map<ReportFigures.Line, Long> column(DistrictFigures table, int index) {
        Map<ReportFigures.Line, Long> values = new HashMap<>();
        for (FigureLine l : table.lines()) {
            values.put(new ReportFigures.Line(l.indicator(), l.key()), l.values().get(index));
        }
        return values;
    }
}
