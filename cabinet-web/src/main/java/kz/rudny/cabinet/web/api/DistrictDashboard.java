package kz.rudny.cabinet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.web.reporting.FigureTexts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The district's dashboard: every school (its id and name) side by side, each line with every school's value in the
 * order of {@code schools}, the district's total and the average per school.
 */
@Schema(name = "DistrictDashboard", description = "Every school side by side for an academic year (or a quarter of "
        + "it): the schools (the columns) by name, and each line with every school's value in the order of the schools")
@JsonbPropertyOrder({"academicYear", "quarter", "schools", "lines"})
public record DistrictDashboard(
        @Schema(description = "The academic year's first calendar year: 2026 is 2026-2027", example = "2026")
        int academicYear,
        @Schema(description = "1 to 4, or null for the whole academic year", example = "2", nullable = true)
        Integer quarter,
        List<School> schools,
        List<Line> lines) {

    static final String KEY = "Where the indicator is split: the teacher's qualification category, education, experience "
            + "or age band (NONE: none, or not known), the event's kind or its level; null where it is not";
    static final String LABEL = "The line's name in the caller's language";
    static final String PER_QUARTER = "True: counted per quarter (what happened in it; the year is the sum of its "
            + "quarters). False: standing (how things are on the day counted), the same whatever quarter is asked";
    static final String INDICATOR = "The indicator's stable name, e.g. TEACHERS_BY_CATEGORY, ATTESTATION_OVERDUE, "
            + "EVENTS_BY_LEVEL, SHARE_DOWNLOADS_RECEIVED (the README lists them; more may come)";

    static DistrictDashboard of(DistrictFigures figures, Locale locale) {
        List<Long> ids = figures.schools().stream().map(DistrictFigures.SchoolColumn::id).toList();
        return new DistrictDashboard(figures.academicYear(), number(figures.quarter()),
                figures.schools().stream().map(s -> new School(s.id(), s.name())).toList(),
                figures.lines().stream().map(l -> new Line(l.indicator(), key(l.key()),
                        FigureTexts.label(locale, l.indicator(), l.key()), l.indicator().perQuarter(),
                        IntStream.range(0, ids.size()).mapToObj(i -> new Value(ids.get(i), l.values().get(i)))
                                .toList(),
                        l.total(), rounded(l.average()))).toList());
    }

    /** An average to two decimals, as a person reads it (2.33, not 2.3333333333333335). */
    static double rounded(double average) {
        return Math.round(average * 100) / 100.0;
    }

    static Integer number(Quarter quarter) {
        return quarter == null ? null : quarter.number();
    }

    /** Null where the indicator is not split (the read model keeps ""). */
    static String key(String key) {
        return key == null || key.isEmpty() ? null : key;
    }

    /** A school of the table. */
    @Schema(name = "DashboardSchool")
    @JsonbPropertyOrder({"id", "name"})
    public record School(@Schema(example = "1") long id,
                         @Schema(example = "Абай атындағы №3 мектеп-гимназия")
                         String name) {
    }

    /** One indicator (and key) for every school, with the total and the average per school. */
    @Schema(name = "DistrictDashboardLine")
    @JsonbPropertyOrder({"indicator", "key", "label", "perQuarter", "values", "total", "average"})
    public record Line(
            @Schema(description = INDICATOR, example = "TEACHERS_BY_CATEGORY") Indicator indicator,
            @Schema(description = KEY, example = "EXPERT", nullable = true) String key,
            @Schema(description = LABEL, example = "Педагоги по категориям: Педагог-эксперт")
            String label,
            @Schema(description = PER_QUARTER) boolean perQuarter,
            List<Value> values,
            @Schema(description = "The sum of the schools' values") long total,
            @Schema(description = "The total divided by the number of schools, to two decimals", example = "2.33")
            double average) {
    }

    /** One school's value of a line. */
    @Schema(name = "DashboardValue")
    @JsonbPropertyOrder({"schoolId", "value"})
    public record Value(@Schema(example = "1") long schoolId, @Schema(example = "3") long value) {
    }
}
