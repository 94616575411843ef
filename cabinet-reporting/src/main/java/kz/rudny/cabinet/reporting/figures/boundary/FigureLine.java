package kz.rudny.cabinet.reporting.figures.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;

/**
 * One line of the district's table: an indicator (with its key where it is split), each school's count in the
 * order of the table's schools, their total and their average per school.
 */
public record FigureLine(Indicator indicator, String key, List<Long> values, long total, double average)
        implements Serializable {
}
