/**
 * The annual methodical plan's screen ({@code /events/plan.xhtml}): the plan and its fulfilment ({@link
 * kz.rudny.cabinet.web.plan.PlanPage}), the item form ({@link kz.rudny.cabinet.web.plan.PlanItemEditor}) and the
 * mark of execution ({@link kz.rudny.cabinet.web.plan.PlanItemMarking}) for the methodologist, and the exports
 * ({@link kz.rudny.cabinet.web.plan.PlanExportServlet}).
 */
package kz.rudny.cabinet.web.plan;
