/**
 * The school's audit trail, page by page, for the school methodologist.
 */
package kz.rudny.cabinet.web.audit;
