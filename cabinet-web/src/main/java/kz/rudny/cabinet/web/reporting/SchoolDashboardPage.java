package kz.rudny.cabinet.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;

/** A school's dashboard: its own figures of an academic year with the district's average per school beside them. */
@Named
@ViewScoped
public class SchoolDashboardPage implements Serializable {

    @Inject
    Dashboard dashboard;

    @Inject
    Settings settings;

    private int year;
    private OwnFigures figures;

    public void load() {
        if (figures == null) {
            year = AcademicYear.of(LocalDate.now(settings.timeZone())).startYear();
            figures = dashboard.mine(year);
        }
    }

    public void yearChanged() {
        figures = dashboard.mine(year);
    }

    public List<AcademicYear> getYears() {
        AcademicYear now = AcademicYear.of(LocalDate.now(settings.timeZone()));
        return List.of(now, now.previous());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public OwnFigures getFigures() {
        return figures;
    }
}
