/**
 * The Events module: the school's rooms and their bookings ({@code rooms}); to come in the same module:
 * association meetings with agendas, attendance and minutes; the school's annual methodical plan; master classes,
 * seminars and open lessons with registration; calendars with iCalendar feeds. Own persistence unit {@code
 * events}, own migrations from {@code V200}; its entities are school-scoped.
 *
 * <p>Each feature is {@code <feature>.boundary} (its API), {@code control} and {@code entity} (internal), as in
 * the library; {@code ModuleBoundariesTest} checks the rules.
 */
package kz.rudny.cabinet.events;
