/**
 * The school's annual methodical plan (Әдістемелік жұмыстың жылдық жоспары / Годовой план методической работы):
 * per academic year, items in the columns schools use (activity, kind, term as a month or a quarter, the
 * responsible staff member, the form of the result, the mark of execution). The school methodologist keeps it;
 * everyone of the school reads it. Items are held (with the date), moved (new term, reason) or cancelled
 * (reason); the fulfilment per quarter and for the year is computed at any moment ({@code boundary.Fulfilment})
 * and overdue items (term ended, neither held nor cancelled) stand out. Other features put what they plan into
 * the plan themselves through {@code boundary.PlanFromSources} (association meetings), linked by their kind and
 * id. Next year's plan starts from this year's; the plan exports as XLSX and PDF in Kazakh or Russian.
 */
package kz.rudny.cabinet.events.plan;
