package kz.rudny.cabinet.events.plan.boundary;

import java.time.LocalDate;

/**
 * What another feature's demo data puts into the school's plan, fired as a CDI event while the demo school loads
 * (there is no signed-in caller then, so {@link PlanFromSources} cannot be called): the plan's demo observes it and
 * writes the item realised by the source, planned in the month of {@code day}, held on {@code heldOn} when that is
 * not null.
 */
public record DemoSourcePlanned(PlanSource source, String title, PlanItemKind kind, LocalDate day, long responsibleStaffId,
                            String responsibleName, LocalDate heldOn) {
}
