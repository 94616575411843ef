package kz.rudny.cabinet.mentoring.pairs.control;

import java.time.LocalDate;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;

/** A pair as its reader sees it. */
public final class PairViews {

    private PairViews() {
    }

    public static PairView view(MentoringPair p, long reader, LocalDate today) {
        return new PairView(p.getId(), p.getAcademicYear(), p.getYoungStaffId(), p.getYoungName(),
                p.getMentorStaffId(), p.getMentorName(), p.getOrderNumber(), p.getOrderDate(), p.getStartsOn(),
                p.getEndsOn(), p.getEndedOn(), p.getEndReason(), p.isOpen(today), p.hasMember(reader),
                p.getMentorAccountId() == reader, p.getYoungAccountId() == reader);
    }
}
