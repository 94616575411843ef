package kz.rudny.cabinet.events.calendar.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a feature implements (a CDI bean in its {@code control} package) to put its entries in people's calendars.
 * The calendar finds every implementation by itself; adding a source is adding one class.
 *
 * <p>It is called inside a transaction, with the tenant set to the owner's school (read the school's data with
 * {@code Tenancy.schoolData(em)} as anywhere else), for the signed-in person on the calendar page and for the
 * token's owner in the private feed, where nobody is signed in: use the {@code owner} given, never the caller.
 */
public interface CalendarSource {

    /**
     * The owner's entries that touch the days {@code from} to {@code to} (both included, school dates), cancelled
     * ones included (with {@link EntryStatus#CANCELLED}): only what is personal to the owner.
     */
    List<CalendarEntry> entriesFor(CalendarOwner owner, LocalDate from, LocalDate to);
}
