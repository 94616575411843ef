package kz.rudny.cabinet.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.SchoolSummary;
import kz.rudny.cabinet.domain.school.boundary.Schools;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;
import kz.rudny.cabinet.web.support.Texts;

/** The department's reports for district roles: the town's (a line per school, the total) or one school's. */
@Named
@ViewScoped
public class DistrictReportsPage implements Serializable {

    @Inject
    Schools schools;

    @Inject
    Settings settings;

    private ReportChoice choice;
    private List<SchoolSummary> all;
    private Long school;

    @PostConstruct
    void load() {
        choice = new ReportChoice(LocalDate.now(settings.timeZone()), Texts.locale().getLanguage());
        all = schools.summaries().stream().sorted(Comparator.comparing(SchoolSummary::name)).toList();
    }

    /** The report's link for the scope chosen: the town, or the school. */
    public String link(DepartmentReport report, String format) {
        return choice.link(report, format, school);
    }

    public ReportChoice getChoice() {
        return choice;
    }

    public List<SchoolSummary> getSchools() {
        return all;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }
}
