/**
 * The school methodologist's staff pages: the list and one staff member's record.
 */
package kz.rudny.cabinet.web.staff;
