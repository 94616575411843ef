package kz.rudny.cabinet.events.activities.boundary;

/** Where a Lesson Study lesson is: planned together, taught (and observed), discussed afterwards. */
public enum LessonStage {
    PLANNED,
    TAUGHT,
    DISCUSSED
}
