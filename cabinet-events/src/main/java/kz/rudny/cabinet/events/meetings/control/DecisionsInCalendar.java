package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.CalendarOwner;
import kz.rudny.cabinet.events.calendar.boundary.CalendarSource;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;
import kz.rudny.cabinet.events.meetings.boundary.MinutesState;
import kz.rudny.cabinet.events.meetings.entity.Decision;

/**
 * The owner's duties in their calendar: each decision of final minutes they answer for, on its deadline as an
 * all-day entry ("✓" once done); the decision's version is the sequence, its minutes' finalising or its being done
 * the last change.
 */
@ApplicationScoped
public class DecisionsInCalendar implements CalendarSource {

    @Inject
    MeetingRecords records;

    @Override
    public List<CalendarEntry> entriesFor(CalendarOwner owner, LocalDate from, LocalDate to) {
        return records.data().createQuery("SELECT d FROM Decision d JOIN d.meeting m WHERE d.ownerStaffId = :me"
                        + " AND m.minutesState = :final AND d.dueOn >= :from AND d.dueOn <= :to ORDER BY d.dueOn, d.id",
                        Decision.class)
                .setParameter("me", owner.staffId()).setParameter("final", MinutesState.FINAL)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(d -> CalendarEntry.allDay(EntryKind.DECISION_DUE, d.getId(), title(d), d.getDueOn(), null,
                        EntryStatus.CONFIRMED, (int) d.getVersion(), lastChange(d), "/events/decisions.xhtml"))
                .toList();
    }

    private static String title(Decision d) {
        String number = "№ " + d.getMeeting().getProtocolNo() + "." + d.getNumber() + " ";
        return (d.isDone() ? "✓ " : "") + number + d.getText();
    }

    private static java.time.Instant lastChange(Decision d) {
        if (d.getDoneAt() != null) {
            return d.getDoneAt().toInstant(ZoneOffset.UTC);
        }
        return (d.getMeeting().getFinalisedAt() != null ? d.getMeeting().getFinalisedAt()
                : d.getMeeting().getUpdatedAt()).toInstant(ZoneOffset.UTC);
    }
}
