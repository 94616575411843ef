package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A meeting in a list: when, where, its state and its protocol number once held. */
public record MeetingSummary(long id, long associationId, String associationName, LocalDateTime startsAt,
                             LocalDateTime endsAt, String place, MeetingStatus status, Integer protocolNo,
                             MinutesState minutesState, int agendaItems) implements Serializable {
}
