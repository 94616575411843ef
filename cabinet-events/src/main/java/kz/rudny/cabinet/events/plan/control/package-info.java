/** The plan's records (plans created on first use, items by id or source), its demo data and its exports. */
package kz.rudny.cabinet.events.plan.control;
