/**
 * The cabinet library's physical holdings: titles with their bibliographic fields and several copies
 * each (inventory number, condition), loans of copies to the school's teachers with due dates, renewals,
 * returns, the overdue list and a reservation queue per title, and the import of an existing catalogue
 * from a spreadsheet. Everything here is school-scoped.
 */
package kz.rudny.cabinet.library.catalogue.boundary;
