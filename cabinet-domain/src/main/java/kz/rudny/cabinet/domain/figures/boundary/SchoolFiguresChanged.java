package kz.rudny.cabinet.domain.figures.boundary;

/**
 * A CDI event a module fires when something the district compares has changed in a school (a material published, a
 * meeting held, a course confirmed ...): each is a record named in the past tense in the module's boundary and
 * implements this. Observed after the change commits, it refreshes the school's figures.
 */
public interface SchoolFiguresChanged {

    /** The school whose figures changed. */
    long schoolId();
}
