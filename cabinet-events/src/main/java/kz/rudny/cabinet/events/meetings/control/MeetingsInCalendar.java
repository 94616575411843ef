package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.Memberships;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.CalendarOwner;
import kz.rudny.cabinet.events.calendar.boundary.CalendarSource;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.EntryStatus;
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;
import kz.rudny.cabinet.events.meetings.entity.Meeting;

/**
 * The meetings of the owner's associations in their calendar (cancelled ones as cancelled), titled with the
 * association and the first agenda item; the meeting's sequence grows with every change of time, place, agenda or
 * state, its last change is the entry's.
 */
@ApplicationScoped
public class MeetingsInCalendar implements CalendarSource {

    @Inject
    MeetingRecords records;

    @Inject
    Memberships memberships;

    @Override
    public List<CalendarEntry> entriesFor(CalendarOwner owner, LocalDate from, LocalDate to) {
        List<Long> associations = memberships.associationsOf(owner.staffId());
        if (associations.isEmpty()) {
            return List.of();
        }
        return records.data().createQuery("SELECT m FROM Meeting m WHERE m.associationId IN :a"
                        + " AND m.startsAt < :to AND m.endsAt > :from ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("a", associations).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultStream()
                .map(m -> CalendarEntry.timed(EntryKind.MEETING, m.getId(), title(m), m.getStartsAt(), m.getEndsAt(),
                        m.getPlace(), m.getStatus() == MeetingStatus.CANCELLED ? EntryStatus.CANCELLED
                                : EntryStatus.CONFIRMED, m.getSequenceNo(), m.getUpdatedAt().toInstant(ZoneOffset.UTC),
                        "/events/meeting.xhtml?id=" + m.getId()))
                .toList();
    }

    private static String title(Meeting m) {
        return m.agenda().isEmpty() ? m.getAssociationName()
                : m.getAssociationName() + ": " + m.agenda().get(0).getTopic();
    }
}
