/**
 * The pages of mentoring young specialists: the school's young specialists with their mentors and the year's pairs
 * ({@code mentoring/young-specialists.xhtml}, the methodologist's), the caller's own pairs
 * ({@code mentoring/pairs.xhtml}), a pair's plan, lesson-visit log, notes and the mentor's report
 * ({@code mentoring/pair.xhtml}), a visit's analysis ({@code mentoring/visit.xhtml}) and the PDF printouts.
 */
package kz.rudny.cabinet.web.mentoring;
