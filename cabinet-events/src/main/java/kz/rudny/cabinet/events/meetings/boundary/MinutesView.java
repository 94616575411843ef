package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting's minutes as the paper protocol has them: the meeting, chair and secretary, guests, who was present,
 * absent or excused, the open decisions of earlier meetings ("on the execution of earlier decisions"), the
 * agenda with heard / spoke / decided, the decisions, and after finalising the addenda; with the draft's revisions.
 */
public record MinutesView(MeetingView meeting, String chairName, String secretaryName, String guests,
                          List<AttendanceView> attendance, List<DecisionView> earlierDecisions,
                          List<DecisionView> decisions, List<AddendumView> addenda, List<RevisionView> revisions,
                          LocalDateTime finalisedAt, String finalisedByName) implements Serializable {

    /** A member's attendance. */
    public record AttendanceView(long staffId, String name, Presence presence, String reason) implements Serializable {
    }

    /** A correction added to final minutes. */
    public record AddendumView(int number, String text, LocalDateTime addedAt, String addedByName)
            implements Serializable {
    }

    /** One save of the draft. */
    public record RevisionView(int revision, LocalDateTime savedAt, String savedByName) implements Serializable {
    }

    public long presentCount() {
        return attendance.stream().filter(a -> a.presence() == Presence.PRESENT).count();
    }

    public long absentCount() {
        return attendance.size() - presentCount();
    }

    public List<AttendanceView> present() {
        return attendance.stream().filter(a -> a.presence() == Presence.PRESENT).toList();
    }

    public List<AttendanceView> absent() {
        return attendance.stream().filter(a -> a.presence() != Presence.PRESENT).toList();
    }
}
