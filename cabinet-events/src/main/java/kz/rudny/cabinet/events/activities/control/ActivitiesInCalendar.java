package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.CalendarOwner;
import kz.rudny.cabinet.events.calendar.boundary.CalendarSource;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;

/**
 * The events in the owner's calendar: those they registered for (a place or the queue) and those they organise,
 * drafts left out; a cancelled event stays, as cancelled (with the registrations it cancelled; a registration the
 * person cancelled themselves earlier takes the event out). The event's sequence grows when it moves or is
 * cancelled. Read through {@link ActivityRecords#data()}: the viewer is the owner's school, which the calendar sets
 * (the signed-in caller's, or the private feed's stored school, through {@code Tenancy.asSchool}), so another
 * school's own event never appears.
 */
@ApplicationScoped
public class ActivitiesInCalendar implements CalendarSource {

    @Inject
    ActivityRecords records;

    @Override
    public List<CalendarEntry> entriesFor(CalendarOwner owner, LocalDate from, LocalDate to) {
        Map<Long, Activity> found = new LinkedHashMap<>();
        records.data().createQuery("SELECT r.activity FROM Registration r WHERE r.accountId = :me"
                        + " AND r.activity.status <> :draft AND r.activity.startsAt < :to AND r.activity.endsAt > :from"
                        + " AND (r.status <> :cancelled"
                        + " OR (r.activity.status = :eventCancelled AND r.cancelledAt >= r.activity.updatedAt))",
                        Activity.class)
                .setParameter("me", owner.accountId()).setParameter("draft", ActivityStatus.DRAFT)
                .setParameter("cancelled", SeatStatus.CANCELLED).setParameter("eventCancelled", ActivityStatus.CANCELLED)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultStream().forEach(a -> found.putIfAbsent(a.getId(), a));
        records.data().createQuery("SELECT a FROM Activity a WHERE a.organiserAccountId = :me AND a.status <> :draft"
                        + " AND a.startsAt < :to AND a.endsAt > :from", Activity.class)
                .setParameter("me", owner.accountId()).setParameter("draft", ActivityStatus.DRAFT)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultStream().forEach(a -> found.putIfAbsent(a.getId(), a));
        return found.values().stream().map(ActivitiesInCalendar::entryOf).toList();
    }

    private static CalendarEntry entryOf(Activity a) {
        return CalendarEntry.timed(EntryKind.EVENT, a.getId(), Activities.title(a), a.getStartsAt(), a.getEndsAt(),
                a.getPlace() != null ? a.getPlace() : a.getOnlineLink(),
                a.getStatus() == ActivityStatus.CANCELLED ? EntryStatus.CANCELLED : EntryStatus.CONFIRMED,
                a.getSequenceNo(), a.getUpdatedAt().toInstant(ZoneOffset.UTC), Activities.link(a));
    }
}
