/** The events module's entries in the school's audit trail (the trail itself is the domain's). */
package kz.rudny.cabinet.events.audit.boundary;
