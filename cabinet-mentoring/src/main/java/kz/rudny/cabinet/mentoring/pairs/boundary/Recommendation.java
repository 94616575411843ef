package kz.rudny.cabinet.mentoring.pairs.boundary;

/**
 * The mentor's recommendation at the end of the year: the young specialist is ready to work alone, or mentoring
 * should continue. Texts: {@code mentoring.recommendation.*}.
 */
public enum Recommendation {
    READY,
    CONTINUE
}
