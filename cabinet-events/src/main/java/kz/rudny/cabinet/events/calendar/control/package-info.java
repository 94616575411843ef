/** The calendar's internals: collecting the sources, writing iCalendar, feed tokens. */
package kz.rudny.cabinet.events.calendar.control;
