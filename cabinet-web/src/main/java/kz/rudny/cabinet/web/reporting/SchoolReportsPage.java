package kz.rudny.cabinet.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;
import kz.rudny.cabinet.web.support.Texts;

/** The department's reports of the own school, for its methodologist. */
@Named
@ViewScoped
public class SchoolReportsPage implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    private ReportChoice choice;
    private long school;

    @PostConstruct
    void load() {
        choice = new ReportChoice(LocalDate.now(settings.timeZone()), Texts.locale().getLanguage());
        school = caller.schoolId().orElseThrow();
    }

    public String link(DepartmentReport report, String format) {
        return choice.link(report, format, school);
    }

    public ReportChoice getChoice() {
        return choice;
    }
}
