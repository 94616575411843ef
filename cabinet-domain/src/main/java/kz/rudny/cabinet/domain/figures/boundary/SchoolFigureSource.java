package kz.rudny.cabinet.domain.figures.boundary;

import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;

/**
 * Implemented (as a CDI bean) by every feature whose records the district compares: it counts its indicators of the
 * current school (set by the caller through the tenant filter, never switched off) for an academic year, as they
 * stand on the given day. Reporting asks every source, school by school, to keep its district-level summary.
 */
public interface SchoolFigureSource {

    List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today);
}
