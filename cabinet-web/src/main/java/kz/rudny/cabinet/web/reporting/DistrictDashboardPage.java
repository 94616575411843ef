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
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;

/** The district's dashboard: every school side by side with the total and the average, for an academic year. */
@Named
@ViewScoped
public class DistrictDashboardPage implements Serializable {

    @Inject
    Dashboard dashboard;

    @Inject
    Settings settings;

    private int year;
    private DistrictFigures figures;

    public void load() {
        if (figures == null) {
            year = AcademicYear.of(LocalDate.now(settings.timeZone())).startYear();
            figures = dashboard.district(year);
        }
    }

    /** The year chosen: its figures. */
    public void yearChanged() {
        figures = dashboard.district(year);
    }

    /** This academic year and the last, as schools write them ("2026-2027"). */
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

    public DistrictFigures getFigures() {
        return figures;
    }
}
