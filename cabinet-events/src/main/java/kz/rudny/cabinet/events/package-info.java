/**
 * The Events module (to come): association meetings with agendas, attendance and minutes; master classes,
 * seminars, conferences, open lessons and Lesson Study with registration, waiting lists and certificates;
 * the school's annual methodical plan; calendars with iCalendar feeds; cabinet room booking.
 */
package kz.rudny.cabinet.events;
