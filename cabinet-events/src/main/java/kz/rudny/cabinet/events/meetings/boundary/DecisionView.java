package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A decision with the meeting it was taken at, its owner and deadline, and whether it is done or overdue. */
public record DecisionView(long id, long meetingId, String associationName, Integer protocolNo,
                           LocalDateTime meetingStartsAt, int number, String text, long ownerStaffId,
                           String ownerName, LocalDate dueOn, LocalDateTime doneAt, String doneNote,
                           boolean overdue, boolean canMarkDone) implements Serializable {

    public boolean isDone() {
        return doneAt != null;
    }
}
