package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.reporting.figures.boundary.SchoolTrend;
import kz.rudny.cabinet.web.reporting.FigureTexts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One school's figures over time: those counted per quarter with a value for every quarter begun, the standing ones
 * with a value for every academic year kept.
 */
@Schema(name = "TrendDashboard", description = "One school's figures over time: per quarter (every quarter begun of "
        + "every academic year kept, oldest first: each perQuarter line's values are in the order of quarters) and "
        + "standing (as counted for each academic year in years, oldest first, the order of each standing line's values)")
@JsonbPropertyOrder({"schoolId", "schoolName", "quarters", "perQuarter", "years", "standing"})
public record TrendDashboard(
        @Schema(example = "2") long schoolId,
        @Schema(example = "№12 жалпы білім беретін мектеп") String schoolName,
        List<Period> quarters,
        List<Line> perQuarter,
        List<Integer> years,
        List<Line> standing) {

    static TrendDashboard of(SchoolTrend trend, Locale locale) {
        return new TrendDashboard(trend.schoolId(), trend.schoolName(),
                trend.quarters().stream().map(p -> new Period(p.academicYear(), p.quarter().number())).toList(),
                lines(trend.perQuarter(), locale), trend.years(), lines(trend.standing(), locale));
    }

    private static List<Line> lines(List<SchoolTrend.Line> lines, Locale locale) {
        return lines.stream().map(l -> new Line(l.indicator(), DistrictDashboard.key(l.key()),
                FigureTexts.label(locale, l.indicator(), l.key()), l.values())).toList();
    }

    /** A quarter of an academic year. */
    @Schema(name = "TrendPeriod")
    @JsonbPropertyOrder({"academicYear", "quarter"})
    public record Period(@Schema(description = "The academic year's first calendar year", example = "2026")
                         int academicYear,
                         @Schema(description = "1 to 4", example = "1") int quarter) {
    }

    /** One indicator (and key) with its values in the order of the periods. */
    @Schema(name = "TrendLine", description = "An indicator (and key) with its values in the order of the quarters "
            + "(perQuarter) or of the years (standing)")
    @JsonbPropertyOrder({"indicator", "key", "label", "values"})
    public record Line(
            @Schema(description = DistrictDashboard.INDICATOR, example = "MEETINGS_HELD") Indicator indicator,
            @Schema(description = DistrictDashboard.KEY, nullable = true) String key,
            @Schema(description = DistrictDashboard.LABEL) String label,
            List<Long> values) {
    }
}
