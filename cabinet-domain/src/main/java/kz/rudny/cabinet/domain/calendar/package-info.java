/**
 * Academic years (1 September to 31 August) and their four quarters. Quarters here are contiguous so that
 * every date of a year belongs to exactly one: Sep–Oct, Nov–Dec, Jan–Mar, Apr–Aug (holidays fall inside).
 */
package kz.rudny.cabinet.domain.calendar;
