/** The person's calendar page (month, week and list, filters by kind, the private feed's link) and the .ics downloads. */
package kz.rudny.cabinet.web.calendar;
