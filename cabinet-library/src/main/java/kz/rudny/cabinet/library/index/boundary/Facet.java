package kz.rudny.cabinet.library.index.boundary;

import kz.rudny.cabinet.library.index.boundary.Facet;

/**
 * The dimensions a search can be narrowed by and counted over. Values are opaque strings chosen by the
 * caller (TYPE "LESSON_PLAN", SUBJECT "12", GRADE "5", LANGUAGE "KK", CORNER "7", ACADEMIC_YEAR "2025");
 * {@link #KIND} and {@link #SCHOOL} are filled in by the index from the document itself. A document has
 * at most one value of a single-valued facet and any number of a multi-valued one (GRADE, CORNER).
 */
public enum Facet {
    KIND(false),
    TYPE(false),
    SUBJECT(false),
    GRADE(true),
    LANGUAGE(false),
    CORNER(true),
    ACADEMIC_YEAR(false),
    SCHOOL(false);

    private final boolean multiValued;

    Facet(boolean multiValued) {
        this.multiValued = multiValued;
    }

    /** Whether a document may have several values of this facet. */
    public boolean multiValued() {
        return multiValued;
    }
}
