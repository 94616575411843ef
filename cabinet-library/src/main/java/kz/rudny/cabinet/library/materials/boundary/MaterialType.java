package kz.rudny.cabinet.library.materials.boundary;

/** What kind of material a teacher shares. */
public enum MaterialType {
    LESSON_PLAN, LESSON_ANALYSIS_TEMPLATE, PRESENTATION, EVENT_SCENARIO, MASTER_CLASS, ARTICLE, OTHER
}
