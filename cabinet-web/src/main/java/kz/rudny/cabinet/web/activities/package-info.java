/** The screens of events: the list open to the caller, an event's page with registration, the organiser's form and list. */
package kz.rudny.cabinet.web.activities;
