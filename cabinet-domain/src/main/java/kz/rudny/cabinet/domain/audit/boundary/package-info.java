/**
 * The audit trail: every change to a school's records is written here in the same transaction as the
 * change (who, when, what), and the school methodologist reads it page by page.
 */
package kz.rudny.cabinet.domain.audit.boundary;
