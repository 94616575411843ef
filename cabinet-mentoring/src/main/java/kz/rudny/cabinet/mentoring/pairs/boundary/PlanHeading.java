package kz.rudny.cabinet.mentoring.pairs.boundary;

/**
 * The usual headings of a mentoring plan (shown through the bundles' {@code mentoring.heading.<NAME>} texts):
 * studying normative documents and the curriculum; lesson planning and review of lesson plans; mutual lesson visits
 * with analysis; extracurricular and intellectual events; self-education; the young specialist's portfolio.
 */
public enum PlanHeading {
    DOCUMENTS,
    LESSON_PLANNING,
    LESSON_VISITS,
    EVENTS,
    SELF_EDUCATION,
    PORTFOLIO
}
