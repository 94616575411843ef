/**
 * The pages of open lessons and Lesson Study: an open lesson's details, observations and summary
 * ({@code events/open-lesson.xhtml}), filling an observation ({@code events/observation.xhtml}), the school's
 * lesson-analysis templates ({@code events/analysis-templates.xhtml}), the Lesson Study cycles
 * ({@code events/lesson-studies.xhtml}, {@code events/lesson-study.xhtml}) and the analyses printed as PDF.
 */
package kz.rudny.cabinet.web.openlessons;
