package kz.rudny.cabinet.events.meetings.control;

import java.time.LocalDate;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;
import kz.rudny.cabinet.events.meetings.entity.Decision;
import kz.rudny.cabinet.events.meetings.entity.Meeting;

/** A decision as shown: overdue when its deadline has passed and it is not done. */
public final class DecisionViews {

    private DecisionViews() {
    }

    public static DecisionView of(Decision d, LocalDate today, Long viewerStaffId) {
        Meeting m = d.getMeeting();
        boolean open = !d.isDone();
        return new DecisionView(d.getId(), m.getId(), m.getAssociationName(), m.getProtocolNo(), m.getStartsAt(),
                d.getNumber(), d.getText(), d.getOwnerStaffId(), d.getOwnerName(), d.getDueOn(), d.getDoneAt(),
                d.getDoneNote(), open && d.getDueOn().isBefore(today),
                open && m.isFinal() && viewerStaffId != null && viewerStaffId == d.getOwnerStaffId());
    }
}
