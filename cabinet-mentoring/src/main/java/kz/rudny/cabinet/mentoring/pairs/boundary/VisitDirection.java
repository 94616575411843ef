package kz.rudny.cabinet.mentoring.pairs.boundary;

/**
 * Which way a lesson visit went: the mentor at the young specialist's lesson, or the young specialist at the
 * mentor's or at another colleague's lesson. The visitor writes the analysis. Texts: {@code mentoring.direction.*}.
 */
public enum VisitDirection {
    MENTOR_AT_YOUNG,
    YOUNG_AT_MENTOR,
    YOUNG_AT_COLLEAGUE;

    /** Whether the young specialist is the visitor (and so writes the analysis). */
    public boolean byYoung() {
        return this != MENTOR_AT_YOUNG;
    }
}
