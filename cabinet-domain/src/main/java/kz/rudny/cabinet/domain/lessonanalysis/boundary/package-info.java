/**
 * Lesson-analysis templates of a school and the shared shape of a FILLED analysis: the school methodologist keeps
 * the templates ({@link kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates}); the events' open
 * lessons (and later the mentoring's lesson visits) copy a template into an observation, fill it as a
 * {@link kz.rudny.cabinet.domain.lessonanalysis.boundary.FilledAnalysis} and print it with
 * {@link kz.rudny.cabinet.domain.lessonanalysis.boundary.LessonAnalysisPdf}, so every module prints the same way.
 */
package kz.rudny.cabinet.domain.lessonanalysis.boundary;
