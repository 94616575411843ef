package kz.rudny.cabinet.mentoring.courses.boundary;

import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A teacher's course was confirmed (a fact for the district's figures, of the year the course ended in too). */
public record CourseConfirmed(long schoolId, long courseId, List<AcademicYear> years) implements SchoolFiguresChanged {
    public CourseConfirmed {
        years = List.copyOf(years);
    }
}
