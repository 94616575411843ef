package kz.rudny.cabinet.mentoring.courses.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A teacher's course was confirmed (a fact for the district's figures). */
public record CourseConfirmed(long schoolId, long courseId) implements SchoolFiguresChanged {
}
