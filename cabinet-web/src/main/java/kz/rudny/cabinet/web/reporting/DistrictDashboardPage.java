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
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.reporting.figures.boundary.FigureLine;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The district's dashboard: every school side by side with the total and the average, for an academic year or one
 * of its quarters, in parts (teachers, mentoring, methodical work, the exchange of best practice), with charts of the
 * methodical work and of what each school gives to and takes from the exchange.
 */
@Named
@ViewScoped
public class DistrictDashboardPage implements Serializable {

    /** The methodical work compared in the first chart. */
    static final List<Indicator> WORK = List.of(Indicator.MEETINGS_HELD, Indicator.MEETINGS_PLANNED,
            Indicator.EVENTS_HELD, Indicator.OPEN_LESSONS);

    /** What each school gives and takes, in the exchange's chart. */
    static final List<Indicator> EXCHANGE = List.of(Indicator.MATERIALS_SHARED, Indicator.MATERIALS_FEATURED,
            Indicator.SHARE_DOWNLOADS_RECEIVED, Indicator.SHARE_DOWNLOADS_MADE, Indicator.GUESTS_RECEIVED,
            Indicator.GUESTS_SENT);

    @Inject
    Dashboard dashboard;

    @Inject
    Settings settings;

    private DashboardPeriod period;
    private DistrictFigures figures;
    private List<FigureSection.Part<FigureLine>> parts;

    public void load() {
        if (figures == null) {
            period = new DashboardPeriod(LocalDate.now(settings.timeZone()));
            periodChanged();
        }
    }

    /** The year or the quarter chosen: its figures. */
    public void periodChanged() {
        figures = dashboard.district(period.getYear(), period.chosenQuarter());
        parts = FigureSection.split(figures.lines(), FigureLine::indicator);
    }

    public DashboardPeriod getPeriod() {
        return period;
    }

    public DistrictFigures getFigures() {
        return figures;
    }

    public List<FigureSection.Part<FigureLine>> getParts() {
        return parts;
    }

    public String getWorkChart() {
        return chart(WORK);
    }

    public String getExchangeChart() {
        return chart(EXCHANGE);
    }

    /** Bars per school, one series per indicator (summed over its keys). */
    private String chart(List<Indicator> indicators) {
        ChartJson chart = ChartJson.bars(figures.schools().stream().map(DistrictFigures.SchoolColumn::name).toList());
        for (Indicator indicator : indicators) {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < figures.schools().size(); i++) {
                int column = i;
                values.add(figures.lines().stream().filter(l -> l.indicator() == indicator)
                        .mapToLong(l -> l.values().get(column)).sum());
            }
            chart.series(Texts.ui("indicator." + indicator.name()), values);
        }
        return chart.json();
    }
}
