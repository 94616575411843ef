package kz.rudny.cabinet.reporting.figures.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;

/**
 * A school's own figures of an academic year with the district's average per school beside each: never another
 * school's figure or name.
 */
public record OwnFigures(int academicYear, Quarter quarter, List<Line> lines) implements Serializable {

    public record Line(Indicator indicator, String key, long value, double districtAverage) implements Serializable {
    }
}
