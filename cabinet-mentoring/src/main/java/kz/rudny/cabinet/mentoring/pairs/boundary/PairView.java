package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A pair as its people and the methodologist read it: the year, both people, the school's order, the term, whether
 * it is open today or ended early (when and why), and whether the reader is its mentor or its young specialist.
 */
public record PairView(long id, int academicYear, long youngStaffId, String youngName, long mentorStaffId,
                       String mentorName, String orderNumber, LocalDate orderDate, LocalDate startsOn,
                       LocalDate endsOn, LocalDate endedOn, String endReason, boolean open, boolean mine,
                       boolean mentor, boolean young) implements Serializable {

    /** The academic year as schools write it: 2026-2027. */
    public String yearLabel() {
        return academicYear + "-" + (academicYear + 1);
    }
}
