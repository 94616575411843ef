package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** One item of a pair's plan: month (9..12, 1..5), heading, text, and when it was done with the mentor's note. */
public record PlanItemView(long id, int month, PlanHeading heading, String text, LocalDate doneOn, String note,
                           long version) implements Serializable {

    public boolean done() {
        return doneOn != null;
    }
}
