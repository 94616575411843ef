/**
 * The plan's API: {@link kz.rudny.cabinet.events.plan.boundary.Plans} for the plan page (reading for everyone of
 * the school, editing for the methodologist) and {@link kz.rudny.cabinet.events.plan.boundary.PlanFromSources}
 * for other features that plan things (inside their own transaction).
 */
package kz.rudny.cabinet.events.plan.boundary;
