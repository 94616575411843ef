package kz.rudny.cabinet.domain.figures.boundary;

import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;

/**
 * A CDI event a module fires when something the district compares has changed in a school (a material published, a
 * meeting held, a course confirmed ...): each is a record named in the past tense in the module's boundary and
 * implements this. Observed after the change commits, it refreshes the school's figures of the current academic
 * year and of the years the change belongs to.
 */
public interface SchoolFiguresChanged {

    /** The school whose figures changed. */
    long schoolId();

    /**
     * The academic years the changed thing is dated in (a meeting of May held in September belongs to the year before;
     * a moved one to the years of both dates), counted again besides the current year; none when it is dated now.
     */
    default List<AcademicYear> years() {
        return List.of();
    }
}
