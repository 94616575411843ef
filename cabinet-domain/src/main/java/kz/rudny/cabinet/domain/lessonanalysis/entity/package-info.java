/**
 * The lesson-analysis templates as stored: school-scoped, a template with its criteria kept flat in order (each
 * with its section's number and title). Internal to the domain; other modules use {@code lessonanalysis.boundary}.
 */
package kz.rudny.cabinet.domain.lessonanalysis.entity;
