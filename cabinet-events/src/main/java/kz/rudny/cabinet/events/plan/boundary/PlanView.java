package kz.rudny.cabinet.events.plan.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;

/**
 * A school's plan for an academic year, read on {@code today}: its items by term, the fulfilment of each
 * quarter and of the year, and whether the reader may edit it.
 */
public record PlanView(AcademicYear year, String schoolName, List<PlanItemView> items, List<QuarterFulfilment> quarters,
                       Fulfilment total, LocalDate today, boolean editable) implements Serializable {

    public int getStartYear() {
        return year.startYear();
    }

    public long getOverdueCount() {
        return items.stream().filter(PlanItemView::overdue).count();
    }
}
