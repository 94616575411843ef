/**
 * Reading a staff list: the columns and their header names in three languages, the words for roles and
 * categories, dates, generated usernames, and each row checked against the school's subjects, associations and
 * the district's usernames before anything is saved.
 */
package kz.rudny.cabinet.domain.staffimport.control;
