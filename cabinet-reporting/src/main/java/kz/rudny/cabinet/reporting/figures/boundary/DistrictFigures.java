package kz.rudny.cabinet.reporting.figures.boundary;

import java.util.List;

/** The district's table of an academic year: every school side by side, with the total and the average. */
public record DistrictFigures(int academicYear, List<SchoolColumn> schools, List<FigureLine> lines) {

    /** A school of the table. */
    public record SchoolColumn(long id, String name) {
    }
}
