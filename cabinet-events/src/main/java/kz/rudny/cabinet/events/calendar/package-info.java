/**
 * The calendar: one person's school life in one place (their room bookings now; meetings, events and decision
 * deadlines as those features add a {@link kz.rudny.cabinet.events.calendar.boundary.CalendarSource}), shown as
 * month, week and list on a page, and as a private iCalendar feed a phone's or a desktop's calendar subscribes
 * to. The feed is reached by a random token alone (no sign-in): it answers only that person's entries, inside
 * the school of the token's owner; a reset replaces the token and the old link stops working at once. Every
 * entry has a stable UID and a sequence that grows with each change, so subscribed calendars update in place
 * and show cancellations.
 */
package kz.rudny.cabinet.events.calendar;
