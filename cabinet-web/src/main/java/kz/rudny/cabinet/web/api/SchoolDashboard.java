package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;
import kz.rudny.cabinet.web.reporting.FigureTexts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A school's dashboard: the caller's own school's values with the district's average per school beside each; never
 * another school's id, name or value.
 */
@Schema(name = "SchoolDashboard", description = "The caller's own school for an academic year (or a quarter of it), "
        + "with the district's average per school; no other school's id, name or value")
@JsonbPropertyOrder({"academicYear", "quarter", "schoolId", "lines"})
public record SchoolDashboard(
        @Schema(description = "The academic year's first calendar year: 2026 is 2026-2027", example = "2026")
        int academicYear,
        @Schema(description = "1 to 4, or null for the whole academic year", example = "2", nullable = true)
        Integer quarter,
        @Schema(description = "The caller's own school", example = "2") long schoolId,
        List<Line> lines) {

    static SchoolDashboard of(OwnFigures figures, long school, Locale locale) {
        return new SchoolDashboard(figures.academicYear(), DistrictDashboard.number(figures.quarter()), school,
                figures.lines().stream().map(l -> new Line(l.indicator(), DistrictDashboard.key(l.key()),
                        FigureTexts.label(locale, l.indicator(), l.key()), l.indicator().perQuarter(), l.value(),
                        DistrictDashboard.rounded(l.districtAverage())))
                        .toList());
    }

    /** One indicator (and key): the own school's value and the district's average per school. */
    @Schema(name = "SchoolDashboardLine")
    @JsonbPropertyOrder({"indicator", "key", "label", "perQuarter", "value", "districtAverage"})
    public record Line(
            @Schema(description = DistrictDashboard.INDICATOR, example = "TEACHERS_BY_CATEGORY")
            Indicator indicator,
            @Schema(description = DistrictDashboard.KEY, example = "EXPERT", nullable = true) String key,
            @Schema(description = DistrictDashboard.LABEL, example = "Педагоги по категориям: Педагог-эксперт")
            String label,
            @Schema(description = DistrictDashboard.PER_QUARTER) boolean perQuarter,
            @Schema(description = "The own school's value", example = "3") long value,
            @Schema(description = "The district's average per school, to two decimals", example = "2.33")
            double districtAverage) {
    }
}
