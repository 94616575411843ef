/** The mentoring module's words in the school's audit trail. */
package kz.rudny.cabinet.mentoring.audit.boundary;
