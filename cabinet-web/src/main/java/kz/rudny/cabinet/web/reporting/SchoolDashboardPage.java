package kz.rudny.cabinet.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;
import kz.rudny.cabinet.web.support.Texts;

/**
 * A school's dashboard: its own figures of an academic year (or a quarter of it) with the district's average per
 * school beside them, in the same parts as the district's, with the exchange's chart of the school against the
 * average.
 */
@Named
@ViewScoped
public class SchoolDashboardPage implements Serializable {

    @Inject
    Dashboard dashboard;

    @Inject
    Settings settings;

    private DashboardPeriod period;
    private OwnFigures figures;
    private List<FigureSection.Part<OwnFigures.Line>> parts;

    public void load() {
        if (figures == null) {
            period = new DashboardPeriod(LocalDate.now(settings.timeZone()));
            periodChanged();
        }
    }

    public void periodChanged() {
        figures = dashboard.mine(period.getYear(), period.chosenQuarter());
        parts = FigureSection.split(figures.lines(), OwnFigures.Line::indicator);
    }

    public DashboardPeriod getPeriod() {
        return period;
    }

    public OwnFigures getFigures() {
        return figures;
    }

    public List<FigureSection.Part<OwnFigures.Line>> getParts() {
        return parts;
    }

    /** The school's bar beside the district average's, for each of the exchange's indicators. */
    public String getExchangeChart() {
        List<Indicator> shown = DistrictDashboardPage.EXCHANGE;
        List<Long> own = new ArrayList<>();
        List<Double> average = new ArrayList<>();
        for (Indicator indicator : shown) {
            own.add(figures.lines().stream().filter(l -> l.indicator() == indicator).mapToLong(OwnFigures.Line::value)
                    .sum());
            average.add(figures.lines().stream().filter(l -> l.indicator() == indicator)
                    .mapToDouble(OwnFigures.Line::districtAverage).sum());
        }
        return ChartJson.bars(shown.stream().map(i -> Texts.ui("indicator." + i.name())).toList())
                .series(Texts.ui("dashboard.ownSchool"), own)
                .series(Texts.ui("dashboard.districtAverage"), average).json();
    }
}
