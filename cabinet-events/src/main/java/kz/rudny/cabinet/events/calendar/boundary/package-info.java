/**
 * The calendar's API: {@link kz.rudny.cabinet.events.calendar.boundary.Calendar} (the signed-in person's entries
 * and one entry as .ics), {@link kz.rudny.cabinet.events.calendar.boundary.FeedLinks} (the private feed's link,
 * made or reset), {@link kz.rudny.cabinet.events.calendar.boundary.PrivateFeed} (the feed by its token), and the
 * interface other features implement to put their entries in it,
 * {@link kz.rudny.cabinet.events.calendar.boundary.CalendarSource}.
 */
package kz.rudny.cabinet.events.calendar.boundary;
