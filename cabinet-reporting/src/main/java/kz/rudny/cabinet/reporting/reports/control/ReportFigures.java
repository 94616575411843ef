package kz.rudny.cabinet.reporting.reports.control;

import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;

/**
 * The figures a report is made of, as the dashboard reads them from the read model: the lines the read model holds
 * for the year (in the dashboard's order) and, for each school of the report, its values (a missing line is 0).
 * For the district every school with the total; for one school its line alone.
 */
public record ReportFigures(List<Line> lines, List<SchoolValues> schools, boolean withTotal) {

    public ReportFigures {
        lines = List.copyOf(lines);
        schools = List.copyOf(schools);
    }

    /** A line of the read model: an indicator and its key ("" where it is not split). */
    public record Line(Indicator indicator, String key) {
    }

    /** A school's name, its values by line and the teachers on its attestation schedule (for the reports that list them). */
    public record SchoolValues(String name, Map<Line, Long> values, List<ScheduledAttestation> schedule) {

        public SchoolValues {
            values = Map.copyOf(values);
            schedule = List.copyOf(schedule);
        }

        public SchoolValues(String name, Map<Line, Long> values) {
            this(name, values, List.of());
        }
    }
}
