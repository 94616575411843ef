package kz.rudny.cabinet.events.plan.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A plan item as the plan page and the exports show it: {@code number} is its place in the plan's order (by
 * term), {@code movedFrom} the term it was moved from, {@code reason} why it was moved or cancelled, {@code
 * overdue} whether its term ended before today while it is neither held nor cancelled.
 */
public record PlanItemView(long id, int number, String title, PlanItemKind kind, PlanTerm term, Long responsibleStaffId,
                           String responsibleName, String expectedResult, ExecutionMark mark, LocalDate heldOn,
                           PlanTerm movedFrom, String reason, String sourceKind, Long sourceId, boolean overdue,
                           long version) implements Serializable {
}
