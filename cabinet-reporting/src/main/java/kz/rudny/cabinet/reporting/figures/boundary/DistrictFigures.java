package kz.rudny.cabinet.reporting.figures.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.Quarter;

/**
 * The district's table of an academic year (one quarter of it, or the whole year when {@code quarter} is null): every
 * school side by side, with the total and the average.
 */
public record DistrictFigures(int academicYear, Quarter quarter, List<SchoolColumn> schools, List<FigureLine> lines)
        implements Serializable {

    /** A school of the table. */
    public record SchoolColumn(long id, String name) implements Serializable {
    }
}
