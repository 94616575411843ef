package kz.rudny.cabinet.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.SchoolTrend;
import kz.rudny.cabinet.web.support.Texts;

/**
 * One school's figures over time: every quarter of the years kept for the figures counted per quarter (a table and
 * a chart), each year for the standing ones. A district person opens it from a school's column of the district's
 * dashboard ({@code ?school=id}); a school's methodologist sees the own school only, whatever the address says.
 */
@Named
@ViewScoped
public class SchoolTrendPage implements Serializable {

    /** The lines of the chart: the school's work and exchange quarter by quarter. */
    static final List<Indicator> CHARTED = List.of(Indicator.MEETINGS_HELD, Indicator.EVENTS_HELD,
            Indicator.OPEN_LESSONS, Indicator.MATERIALS_PUBLISHED, Indicator.MATERIALS_SHARED,
            Indicator.GUESTS_RECEIVED);

    @Inject
    Dashboard dashboard;

    private Long school;
    private SchoolTrend trend;

    /** The district's page asks for the school of the address; the school's page for the own school. */
    public void loadSchool() {
        if (trend == null) {
            trend = dashboard.trend(school == null ? -1 : school);
        }
    }

    public void loadOwn() {
        if (trend == null) {
            trend = dashboard.myTrend();
        }
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public SchoolTrend getTrend() {
        return trend;
    }

    public List<FigureSection.Part<SchoolTrend.Line>> getPerQuarterParts() {
        return FigureSection.split(trend.perQuarter(), SchoolTrend.Line::indicator);
    }

    public List<FigureSection.Part<SchoolTrend.Line>> getStandingParts() {
        return FigureSection.split(trend.standing(), SchoolTrend.Line::indicator);
    }

    /** A quarter as a column names it: "I 2025-2026". */
    public String period(SchoolTrend.Period p) {
        return Texts.ui("dashboard.trend.period", Texts.ui("plan.quarter." + p.quarter().name()),
                String.valueOf(p.academicYear()), String.valueOf(p.academicYear() + 1));
    }

    public String getChart() {
        ChartJson chart = ChartJson.lines(trend.quarters().stream().map(this::period).toList());
        for (Indicator indicator : CHARTED) {
            long[] sums = new long[trend.quarters().size()];
            trend.perQuarter().stream().filter(l -> l.indicator() == indicator).forEach(l -> {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += l.values().get(i);
                }
            });
            chart.series(Texts.ui("indicator." + indicator.name()), Arrays.stream(sums).boxed().toList());
        }
        return chart.json();
    }
}
