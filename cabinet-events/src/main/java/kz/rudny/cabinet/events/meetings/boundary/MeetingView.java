package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A meeting as its readers see it, with what the reader may do with it. */
public record MeetingView(long id, long associationId, String associationName, int academicYear,
                          LocalDateTime startsAt, LocalDateTime endsAt, String place, Long roomBookingId,
                          MeetingStatus status, String cancelReason, Integer protocolNo, MinutesState minutesState,
                          String plannedByName, List<AgendaItemView> agenda, boolean canPlan, boolean canRecord,
                          long version) implements Serializable {

    public boolean isPlanned() {
        return status == MeetingStatus.PLANNED;
    }

    public boolean isFinal() {
        return minutesState == MinutesState.FINAL;
    }

    public String academicYearLabel() {
        return academicYear + "-" + (academicYear + 1);
    }
}
