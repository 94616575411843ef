package kz.rudny.cabinet.events.calendar.boundary;

/**
 * Whose calendar is asked for: the account and its staff record in the school (other modules keep people by the
 * staff id). Sources are called inside that person's school, so a source never needs the school id.
 */
public record CalendarOwner(long accountId, long staffId) {
}
